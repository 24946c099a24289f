package nl.intervisie.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** template.yaml names handlers that exist, and every admin route sits behind the JWT authorizer. */
class TemplateTest {
    @Test
    void everyHandlerIsARequestHandlerInTheFunctionsJar() throws Exception {
        String template = Files.readString(TestServer.ROOT.resolve("template.yaml"));
        Matcher m = Pattern.compile("Handler:\\s*([\\w.]+)::handleRequest").matcher(template);
        int count = 0;
        while (m.find()) {
            Class<?> type = Class.forName(m.group(1));
            assertTrue(RequestHandler.class.isAssignableFrom(type), m.group(1) + " implements RequestHandler");
            type.getDeclaredConstructor(); // Lambda needs a public no-argument constructor
            count++;
        }
        assertTrue(count >= 2, "template names handlers");
    }

    @Test
    void adminRoutesRequireTheAuthorizerAndPublicRoutesAreExplicit() throws IOException {
        ApiRoutes routes = ApiRoutes.fromTemplate(TestServer.ROOT.resolve("template.yaml"));
        assertFalse(routes.routes().isEmpty());
        for (ApiRoutes.Route route : routes.routes()) {
            if (route.path().startsWith("/api/admin/")) {
                assertTrue(route.authorized(), route.routeKey() + " must have the JWT authorizer");
            }
        }
        assertEquals("HealthFunction", routes.find("GET", "/api/health").route().functionName());
        assertFalse(routes.find("GET", "/api/health").route().authorized());
    }
}
