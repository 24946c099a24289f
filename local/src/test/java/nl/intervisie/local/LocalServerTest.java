package nl.intervisie.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local server over real HTTP: the site, the public API, and the admin token check. */
class LocalServerTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void servesTheHomePage() {
        var response = server.get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<main"), "home page has a main element");
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    @Test
    void unknownPageIs404() {
        assertEquals(404, server.get("/bestaat-niet.html").statusCode());
        assertEquals(404, server.get("/../../etc/passwd").statusCode());
        assertEquals(404, server.get("/%2e%2e/%2e%2e/etc/passwd").statusCode());
    }

    @Test
    void healthAnswersFromTheHandlerWithTheTable() {
        var response = server.get("/api/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"ok\""), response.body());
        assertTrue(response.body().contains("ACTIVE"), response.body());
    }

    @Test
    void whoamiWithoutTokenIs401() {
        assertEquals(401, server.get("/api/admin/whoami").statusCode());
    }

    @Test
    void whoamiWithAWrongTokenIs401() {
        var response = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/admin/whoami")))
                .header("Authorization", "Bearer " + server.adminToken() + "x"));
        assertEquals(401, response.statusCode());
    }

    @Test
    void whoamiWithTheTokenIs200() {
        var response = server.send(server.asAdmin("/api/admin/whoami").GET());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("coordinators"), response.body());
    }

    @Test
    void unknownApiRouteIs404() {
        assertEquals(404, server.get("/api/nothing-here").statusCode());
    }

    /**
     * Two servers in one process keep to their own tables: the handlers must read TABLE_NAME when they are built
     * (as a Lambda container does at init), not once per process, or test classes would see each other's data.
     */
    @Test
    void aSecondServerInTheSameProcessHasItsOwnData() throws Exception {
        String name = "Eigen groep " + System.nanoTime() % 100000;
        var created = server.send(server.asAdmin("/api/admin/groups").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"region\":\"Midden\","
                        + "\"city\":\"Utrecht\",\"venue\":\"Stadskantoor\",\"weekday\":\"wednesday\","
                        + "\"partOfDay\":\"evening\",\"frequency\":\"4 keer per jaar\",\"language\":\"nl\","
                        + "\"mode\":\"in-person\",\"capacity\":8,\"facilitator\":\"Ineke\","
                        + "\"latitude\":52.09,\"longitude\":5.12}")));
        assertEquals(201, created.statusCode(), created.body());
        String path = "/api/admin/groups";
        try (LocalServer other = LocalServer.start(new LocalServer.Options(0, TestServer.ROOT.resolve("site/target/site"),
                TestServer.ROOT.resolve("template.yaml")), TestServer.dynamo(), "second-" + System.nanoTime())) {
            var theirs = server.send(HttpRequest.newBuilder(URI.create(other.url() + path.substring(1)))
                    .header("Authorization", "Bearer " + other.adminToken()));
            assertEquals(200, theirs.statusCode(), theirs.body());
            assertTrue(theirs.body().contains("utrecht-1"), "the other server has its own demo groups: " + theirs.body());
            assertFalse(theirs.body().contains(name), "the other server does not see this one's new group");
        }
        var ours = server.send(server.asAdmin(path));
        assertTrue(ours.body().contains(name), "this server still uses its own table: " + ours.body());
    }

    @Test
    void portInUseGivesAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            var e = assertThrows(LocalServer.StartupException.class, () -> LocalServer.start(new LocalServer.Options(
                    taken.getLocalPort(), TestServer.ROOT.resolve("site/target/site"), TestServer.ROOT.resolve("template.yaml"))));
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        }
    }
}
