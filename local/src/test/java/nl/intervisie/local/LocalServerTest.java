package nl.intervisie.local;

import org.junit.jupiter.api.Test;

import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local server over real HTTP: the site, the public API, and the admin token check. */
class LocalServerTest {
    @Test
    void servesTheHomePage() {
        var response = TestServer.get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<main"), "home page has a main element");
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    @Test
    void unknownPageIs404() {
        assertEquals(404, TestServer.get("/bestaat-niet.html").statusCode());
        assertEquals(404, TestServer.get("/../../etc/passwd").statusCode());
        assertEquals(404, TestServer.get("/%2e%2e/%2e%2e/etc/passwd").statusCode());
    }

    @Test
    void healthAnswersFromTheHandlerWithTheTable() {
        var response = TestServer.get("/api/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"ok\""), response.body());
        assertTrue(response.body().contains("ACTIVE"), response.body());
    }

    @Test
    void whoamiWithoutTokenIs401() {
        assertEquals(401, TestServer.get("/api/admin/whoami").statusCode());
    }

    @Test
    void whoamiWithAWrongTokenIs401() {
        var response = TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.url("/api/admin/whoami")))
                .header("Authorization", "Bearer " + TestServer.get().adminToken() + "x"));
        assertEquals(401, response.statusCode());
    }

    @Test
    void whoamiWithTheTokenIs200() {
        var response = TestServer.send(TestServer.asAdmin("/api/admin/whoami").GET());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("coordinators"), response.body());
    }

    @Test
    void unknownApiRouteIs404() {
        assertEquals(404, TestServer.get("/api/nothing-here").statusCode());
    }

    @Test
    void portInUseGivesAClearMessage() throws Exception {
        TestServer.get();
        try (ServerSocket taken = new ServerSocket(0)) {
            var e = assertThrows(LocalServer.StartupException.class, () -> LocalServer.start(new LocalServer.Options(
                    taken.getLocalPort(), TestServer.ROOT.resolve("site/target/site"), TestServer.ROOT.resolve("template.yaml"))));
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        }
    }
}
