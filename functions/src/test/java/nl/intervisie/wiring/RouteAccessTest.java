package nl.intervisie.wiring;

import nl.intervisie.admin.AdminHandler;
import nl.intervisie.attendance.AttendanceHandler;
import nl.intervisie.health.HealthHandler;
import nl.intervisie.http.ApiHandler;
import nl.intervisie.matching.MatchingHandler;
import nl.intervisie.matching.Matcher;
import nl.intervisie.signup.SignupHandler;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every handler, wired as deployed (on a test table): each /api/admin route is declared a coordinator route. */
class RouteAccessTest {
    private final String table = TestDynamo.freshTable();
    private final Wiring wiring = new Wiring(TestDynamo.client(), table, Clock.systemUTC(), () -> mail -> { });

    private List<ApiHandler> handlers() {
        return List.of(new AdminHandler(wiring), new AttendanceHandler(wiring),
                new MatchingHandler(wiring.matching(), Matcher.Settings.fromEnvironment()),
                new SignupHandler(wiring.signup()), new HealthHandler(TestDynamo.client(), table));
    }

    @Test
    void everyAdminRouteIsACoordinatorRouteAndNoPublicOneIs() {
        int admin = 0;
        for (ApiHandler handler : handlers()) {
            for (String route : handler.routeKeys()) {
                boolean isAdmin = route.split(" ")[1].startsWith("/api/admin/");
                assertEquals(isAdmin, handler.protectedRouteKeys().contains(route), route);
                admin += isAdmin ? 1 : 0;
            }
        }
        assertEquals(32, admin, "19 admin + 5 attendance + 4 planning + 4 matching routes");
    }

    @Test
    void everyRouteBehindARoleRefusesOthersBeforeDoingAnything() {
        for (ApiHandler handler : handlers()) {
            for (String route : handler.protectedRouteKeys()) {
                String method = route.split(" ")[0];
                String path = route.split(" ")[1].replaceAll("\\{[^}/]+}", "x1");
                assertEquals(401, handler.handleRequest(Events.request(method, path), null).getStatusCode(), route);
                assertEquals(403, handler.handleRequest(Events.withClaims(Events.request(method, path),
                        Map.of("sub", "someone", "cognito:groups", "[applicants]")), null).getStatusCode(), route);
            }
        }
        assertEquals(0, TestDynamo.client().scan(b -> b.tableName(table)).count(), "nothing was written");
    }

    /**
     * A facilitator who leads no group: every route behind a role is 403 for them, except the five leader routes
     * that take no object (whoami, methods, the list of their groups: empty) — those answer 200 with nothing in it.
     */
    @Test
    void aFacilitatorWithoutGroupsGetsNothing() {
        List<String> leaderRoutes = new java.util.ArrayList<>();
        for (ApiHandler handler : handlers()) {
            leaderRoutes.addAll(handler.leaderRouteKeys());
            for (String route : handler.protectedRouteKeys()) {
                String method = route.split(" ")[0];
                String path = route.split(" ")[1].replaceAll("\\{[^}/]+}", "x1");
                var response = handler.handleRequest(Events.withClaims(Events.request(method, path),
                        Map.of("sub", "someone", "username", "someone", "cognito:groups", "[facilitators]")), null);
                boolean objectFree = !route.contains("{");
                assertEquals(handler.leaderRouteKeys().contains(route) && objectFree ? 200 : 403,
                        response.getStatusCode(), route);
            }
        }
        assertEquals(List.of("GET /api/admin/whoami", "GET /api/admin/groups", "GET /api/admin/methods",
                "GET /api/admin/groups/{id}/members", "POST /api/admin/groups/{id}/members/{applicantId}/leave",
                "GET /api/admin/groups/{groupId}/meetings", "GET /api/admin/groups/{groupId}/meetings/{date}",
                "PUT /api/admin/groups/{groupId}/meetings/{date}", "GET /api/admin/groups/{groupId}/planning"), leaderRoutes);
        assertEquals(0, TestDynamo.client().scan(b -> b.tableName(table)).count(), "nothing was written");
    }
}
