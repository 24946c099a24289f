package nl.intervisie.admin;

import nl.intervisie.testing.Events;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdminHandlerTest {
    private final AdminHandler handler = new AdminHandler();

    @Test
    void whoamiWithoutClaimsIs401() {
        var response = handler.handleRequest(Events.request("GET", "/api/admin/whoami"), null);
        assertEquals(401, response.getStatusCode());
        assertEquals("{\"errors\":[{\"field\":null,\"message\":\"Log eerst in.\"}]}", response.getBody());
    }

    @Test
    void whoamiForAnotherRoleIs403() {
        var event = Events.withClaims(Events.request("GET", "/api/admin/whoami"),
                Map.of("sub", "x", "cognito:groups", "[participants]"));
        assertEquals(403, handler.handleRequest(event, null).getStatusCode());
    }

    @Test
    void whoamiForACoordinatorReturnsTheIdentity() {
        var response = handler.handleRequest(Events.asCoordinator(Events.request("GET", "/api/admin/whoami")), null);
        assertEquals(200, response.getStatusCode());
        Map<String, Object> body = Json.parseObject(response.getBody(), Language.NL);
        assertEquals(Map.of("groups", List.of("coordinators"), "subject", "coordinator-1", "username", "coordinator-1"), body);
    }
}
