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
        assertEquals(25, admin, "16 admin + 5 attendance + 4 matching routes");
    }

    @Test
    void everyCoordinatorRouteRefusesOthersBeforeDoingAnything() {
        for (ApiHandler handler : handlers()) {
            for (String route : handler.protectedRouteKeys()) {
                String method = route.split(" ")[0];
                String path = route.split(" ")[1].replaceAll("\\{[^}/]+}", "x1");
                assertEquals(401, handler.handleRequest(Events.request(method, path), null).getStatusCode(), route);
                assertEquals(403, handler.handleRequest(Events.withClaims(Events.request(method, path),
                        Map.of("sub", "someone", "cognito:groups", "[facilitators]")), null).getStatusCode(), route);
            }
        }
        assertEquals(0, TestDynamo.client().scan(b -> b.tableName(table)).count(), "nothing was written");
    }
}
