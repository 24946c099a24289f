package nl.intervisie.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defence in depth, for every admin handler named in template.yaml: even when a request gets past the authorizer,
 * the handler itself answers 401 without identity and 403 to a signed-in person who is not a coordinator — on every
 * route the handler serves (found by asking it as a coordinator: a route it does not serve answers
 * "Dit adres bestaat niet." / 405).
 */
class AdminRoleTest {
    private static final String NO_ROUTE = "Dit adres bestaat niet.";

    static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> claims) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build());
        if (claims != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build());
        }
        String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : null;
        Map<String, String> params = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        String raw = query == null ? path : path.substring(0, path.indexOf('?'));
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRawPath(raw)
                .withQueryStringParameters(params.isEmpty() ? null : params)
                .withHeaders(new HashMap<>(Map.of("content-type", "application/json")))
                .withBody("{}").withRequestContext(context.build()).build();
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyServedAdminRouteRefusesOtherRolesItself() throws Exception {
        TestServer.get(); // the handlers read the local table's settings
        ApiRoutes routes = ApiRoutes.fromTemplate(TestServer.ROOT.resolve("template.yaml"));
        Map<String, String> coordinator = Map.of("sub", "role-test", "cognito:groups", "[coordinators]");
        Map<String, String> participant = Map.of("sub", "someone", "cognito:groups", "[participants]");
        Map<String, String> noGroups = Map.of("sub", "someone");
        List<String> served = new ArrayList<>();
        for (String path : AdminSecurityTest.ADMIN_PATHS) {
            var match = routes.find("GET", path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
            var handler = (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                    Class.forName(match.route().handlerClass()).getDeclaredConstructor().newInstance();
            for (String method : AdminSecurityTest.METHODS) {
                // Ask without rights first: nothing may happen before the role check.
                var anonymous = handler.handleRequest(event(method, path, null), null);
                var other = handler.handleRequest(event(method, path, participant), null);
                var none = handler.handleRequest(event(method, path, noGroups), null);
                var asCoordinator = handler.handleRequest(event(method, path, coordinator), null);
                boolean routeServed = asCoordinator.getStatusCode() != 405
                        && !(asCoordinator.getStatusCode() == 404 && asCoordinator.getBody().contains(NO_ROUTE));
                if (!routeServed) {
                    continue;
                }
                served.add(method + " " + path);
                assertEquals(401, anonymous.getStatusCode(), method + " " + path + " without identity");
                assertEquals(403, other.getStatusCode(), method + " " + path + " as a participant");
                assertEquals(403, none.getStatusCode(), method + " " + path + " without groups");
            }
        }
        System.out.println("AdminRoleTest: role checked on " + served.size() + " served admin routes: " + served);
        assertTrue(served.size() >= 10, "admin routes found: " + served);
    }
}
