package nl.intervisie.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the local server over HTTP: every admin route answers 401 without a valid token, and every response
 * (pages, API, errors) carries the strict security headers and no CORS permission.
 */
class AdminSecurityTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    /** Paths no handler serves: the authorizer must refuse them too, before anything says "not found". */
    static final List<String> UNSERVED_PATHS = List.of("/api/admin/does-not-exist", "/api/admin/", "/api/admin/x/y/z",
            "/api/admin/applicants?status=WAITING", "/api/admin/attendance/reports/2026?format=csv");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** One concrete path per template route: {name} → a sample value, {proxy+} → a sample tail. */
    static List<String> pathsFromTemplate() throws IOException {
        List<String> paths = new ArrayList<>();
        for (ApiRoutes.Route route : ApiRoutes.fromTemplate(TestServer.ROOT.resolve("template.yaml")).routes()) {
            if (route.authorized()) {
                paths.add(route.path().replaceAll("\\{[^}/]+\\+}", "x/y").replaceAll("\\{[^}/]+}", "x1"));
            }
        }
        return paths;
    }

    private static HttpRequest.Builder request(String method, String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path)))
                .method(method, method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
    }

    @Test
    void everyAdminRouteIs401WithoutAValidToken() throws Exception {
        // Every route the admin, matching and attendance handlers serve (asked from the handlers the template
        // names), one path per template route, and some nobody serves.
        List<String> served = new ArrayList<>(ServedRoutes.adminPaths(server));
        assertTrue(served.size() >= 15, "the handlers serve the admin routes: " + served);
        List<String> paths = new ArrayList<>(served);
        List<String> fromTemplate = pathsFromTemplate();
        assertTrue(fromTemplate.size() >= 5, "the template declares the admin routes: " + fromTemplate);
        paths.addAll(fromTemplate);
        paths.addAll(UNSERVED_PATHS);
        String token = server.adminToken();
        Map<String, String> wrongHeaders = Map.of(
                "Bearer " + token + "x", "a longer token",
                "Bearer " + token.substring(1), "a shorter token",
                "Basic " + token, "another scheme",
                "Bearer", "no token",
                token, "no scheme");
        int checked = 0;
        for (String path : paths) {
            for (String method : METHODS) {
                var none = server.send(request(method, path));
                assertEquals(401, none.statusCode(), method + " " + path + " without a token");
                assertFalse(none.body().contains("applicant"), "no data in a 401");
                checked++;
            }
            for (var wrong : wrongHeaders.entrySet()) {
                var response = server.send(request("GET", path).header("Authorization", wrong.getKey()));
                assertEquals(401, response.statusCode(), "GET " + path + " with " + wrong.getValue());
                checked++;
            }
        }
        System.out.println("AdminSecurityTest: " + checked + " unauthenticated requests to " + paths.size()
                + " admin paths (" + served.size() + " served by the handlers), all 401");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoCors() {
        List<HttpResponse<String>> responses = List.of(
                server.get("/"),
                server.get("/css/site.css"),
                server.get("/does-not-exist.html"),
                server.send(request("POST", "/")),
                server.get("/api/health"),
                server.get("/api/nothing"),
                server.get("/api/admin/whoami"),
                server.send(server.asAdmin("/api/admin/whoami").header("Origin", "https://evil.example")),
                server.send(server.asAdmin("/api/admin/applicants/nobody")),
                server.send(server.asAdmin("/api/admin/audit?month=13")),
                server.send(request("OPTIONS", "/api/admin/applicants")
                        .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")),
                server.send(request("POST", "/api/signup").header("Content-Type", "application/json")));
        for (var response : responses) {
            String what = response.request().method() + " " + response.uri().getPath() + " → " + response.statusCode();
            var headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'"), what + ": CSP");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'"), what + ": CSP script/style");
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what + ": no unsafe-*");
            assertTrue(csp.contains("frame-ancestors 'none'"), what + ": frame-ancestors");
            assertTrue(headers.firstValue("Strict-Transport-Security").orElse("").contains("max-age="), what + ": HSTS");
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), what + ": Referrer-Policy");
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), what);
            assertTrue(headers.allValues("Access-Control-Allow-Origin").isEmpty(), what + ": no CORS (same origin only)");
        }
    }

    @Test
    void adminAnswersAreNeverCached() {
        var response = server.send(server.asAdmin("/api/admin/groups"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.body().contains("memberCount"), response.body());
    }
}
