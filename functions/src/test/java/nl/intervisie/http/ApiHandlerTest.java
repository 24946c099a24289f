package nl.intervisie.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.testing.Events;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiHandlerTest {
    static final class Sample extends ApiHandler {
        Sample() {
            open("GET", "/api/things/{id}", r -> ApiResponse.json(200, Map.of("id", r.pathParameter("id"))));
            open("POST", "/api/things", r -> ApiResponse.json(201, r.jsonBody()));
            open("GET", "/api/boom", r -> {
                throw new IllegalStateException("secret detail jan@example.org");
            });
            coordinator("POST", "/api/admin/things", (r, caller) -> {
                ran.add(caller.subject());
                return ApiResponse.json(201, Map.of());
            });
        }

        final java.util.List<String> ran = new java.util.ArrayList<>();
    }

    private final Sample handler = new Sample();

    @Test
    void pathParameterIsMatchedAndDecoded() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.request("GET", "/api/things/a%20b"), null);
        assertEquals(200, response.getStatusCode());
        assertEquals("{\"id\":\"a b\"}", response.getBody());
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        assertEquals(404, handler.handleRequest(Events.request("GET", "/api/nothing"), null).getStatusCode());
        assertEquals(405, handler.handleRequest(Events.request("DELETE", "/api/things/1"), null).getStatusCode());
    }

    @Test
    void badJsonBecomesTheErrorBody() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.json("POST", "/api/things", "{nope"), null);
        assertEquals(400, response.getStatusCode());
        assertEquals("{\"errors\":[{\"field\":null,\"message\":\"De aanvraag is geen geldig JSON-object.\"}]}",
                response.getBody());
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
    }

    @Test
    void unexpectedFailureIs500WithoutDetails() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.request("GET", "/api/boom"), null);
        assertEquals(500, response.getStatusCode());
        assertFalse(response.getBody().contains("secret"));
        assertTrue(response.getBody().contains("errors"));
    }

    @Test
    void aCoordinatorRouteChecksTheRoleBeforeItsActionRuns() {
        var anonymous = handler.handleRequest(Events.request("POST", "/api/admin/things"), null);
        assertEquals(401, anonymous.getStatusCode());
        assertEquals("{\"errors\":[{\"field\":null,\"message\":\"Log eerst in.\"}]}", anonymous.getBody());
        var participant = handler.handleRequest(Events.withClaims(Events.request("POST", "/api/admin/things"),
                Map.of("sub", "p-1", "cognito:groups", "[participants]")), null);
        assertEquals(403, participant.getStatusCode());
        assertTrue(participant.getBody().contains("alleen voor coördinatoren"), participant.getBody());
        assertEquals(java.util.List.of(), handler.ran, "the action never ran for them");

        var coordinator = handler.handleRequest(Events.asCoordinator(Events.request("POST", "/api/admin/things")), null);
        assertEquals(201, coordinator.getStatusCode());
        assertEquals(java.util.List.of("coordinator-1"), handler.ran, "the action got the checked caller");
        assertEquals(java.util.List.of("POST /api/admin/things"), handler.protectedRouteKeys());
    }

    @Test
    void malformedPercentEscapeIs404NotAFailure() {
        assertEquals(404, handler.handleRequest(Events.request("GET", "/api/things/%zz"), null).getStatusCode());
    }
}
