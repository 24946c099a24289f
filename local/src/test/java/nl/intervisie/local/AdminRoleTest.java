package nl.intervisie.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defence in depth, for every admin handler named in template.yaml: even when a request gets past the authorizer,
 * the handler itself answers 401 without identity and 403 to a signed-in person who is not a coordinator — on every
 * route the handler serves (each handler lists its routes: {@link nl.intervisie.http.ApiHandler#routeKeys()}).
 */
class AdminRoleTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

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

    @Test
    void everyServedAdminRouteRefusesOtherRolesItself() throws Exception {
        Map<String, String> participant = Map.of("sub", "someone", "cognito:groups", "[participants]");
        Map<String, String> noGroups = Map.of("sub", "someone");
        List<String> checked = new ArrayList<>();
        for (ServedRoutes.Served route : ServedRoutes.admin(server)) {
            var handler = server.server().handler(route.handlerClass());
            // Without rights: nothing may happen before the role check (the body is a valid-looking "{}").
            var anonymous = handler.handleRequest(event(route.method(), route.path(), null), null);
            var other = handler.handleRequest(event(route.method(), route.path(), participant), null);
            var none = handler.handleRequest(event(route.method(), route.path(), noGroups), null);
            assertEquals(401, anonymous.getStatusCode(), route.key() + " without identity");
            assertEquals(403, other.getStatusCode(), route.key() + " as a participant");
            assertEquals(403, none.getStatusCode(), route.key() + " without groups");
            checked.add(route.key());
        }
        System.out.println("AdminRoleTest: role checked by the handler itself on " + checked.size()
                + " served admin routes: " + checked);
        assertTrue(checked.size() >= 15, "admin routes found: " + checked);
    }
}
