package nl.intervisie.http;

import nl.intervisie.testing.Events;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CallerTest {
    @Test
    void noClaimsIs401() {
        var request = new ApiRequest(Events.request("GET", "/api/admin/whoami"));
        assertEquals(401, assertThrows(ApiException.class, () -> Caller.requireCoordinator(request)).status());
    }

    @Test
    void claimsWithoutSubjectIs401() {
        var request = new ApiRequest(Events.withClaims(Events.request("GET", "/api/admin/whoami"),
                Map.of("cognito:groups", "[coordinators]")));
        assertEquals(401, assertThrows(ApiException.class, () -> Caller.requireCoordinator(request)).status());
    }

    @Test
    void otherRoleIs403() {
        var request = new ApiRequest(Events.withClaims(Events.request("GET", "/api/admin/whoami"),
                Map.of("sub", "u1", "cognito:groups", "[facilitators]")));
        ApiException e = assertThrows(ApiException.class, () -> Caller.requireCoordinator(request));
        assertEquals(403, e.status());
    }

    @Test
    void noGroupsIs403() {
        var request = new ApiRequest(Events.withClaims(Events.request("GET", "/api/admin/whoami"), Map.of("sub", "u1")));
        assertEquals(403, assertThrows(ApiException.class, () -> Caller.requireCoordinator(request)).status());
    }

    @Test
    void coordinatorPasses() {
        var request = new ApiRequest(Events.withClaims(Events.request("GET", "/api/admin/whoami"),
                Map.of("sub", "u1", "cognito:username", "anne", "cognito:groups", "[facilitators coordinators]")));
        Caller caller = Caller.requireCoordinator(request);
        assertEquals("anne", caller.username());
        assertEquals(List.of("facilitators", "coordinators"), caller.groups());
    }

    @Test
    void groupClaimFormats() {
        assertEquals(List.of("a", "b"), Caller.parseGroups("[a b]"));
        assertEquals(List.of("a"), Caller.parseGroups("a"));
        assertEquals(List.of(), Caller.parseGroups("[]"));
        assertEquals(List.of("coordinatorsx"), Caller.parseGroups("[coordinatorsx]"));
        assertEquals(List.of("x,coordinators", "facilitators"), Caller.parseGroups("[x,coordinators facilitators]"));
    }

    /** Group names may hold commas and quotes: none of these is the group "coordinators". */
    @Test
    void aGroupWhoseNameContainsCoordinatorsGrantsNothing() {
        for (String claim : List.of("[x,coordinators]", "x,coordinators", "[coordinators,x]", "[\"coordinators\"]",
                "[x;coordinators]", "[coordinators]]")) {
            var request = new ApiRequest(Events.withClaims(Events.request("GET", "/api/admin/whoami"),
                    Map.of("sub", "u1", "cognito:groups", claim)));
            assertEquals(403, assertThrows(ApiException.class, () -> Caller.requireCoordinator(request)).status(), claim);
        }
    }
}
