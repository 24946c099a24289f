package nl.intervisie.local;

import nl.intervisie.http.ApiHandler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every route the handlers named in template.yaml serve, asked from the handlers themselves
 * ({@link ApiHandler#routeKeys()}): no hand-kept list that can fall behind when a feature adds a route.
 */
final class ServedRoutes {
    /** One served route: the handler's pattern, a concrete path for it, and the function the template names. */
    record Served(String functionName, String handlerClass, String method, String pattern, String path) {
        String key() {
            return method + " " + path;
        }
    }

    private ServedRoutes() {
    }

    /** All served routes of all functions in the template, asked from the handlers this server runs. */
    static List<Served> all(TestServer server) throws Exception {
        ApiRoutes routes = ApiRoutes.fromTemplate(TestServer.ROOT.resolve("template.yaml"));
        Map<String, String> handlers = new LinkedHashMap<>(); // handler class → function
        for (ApiRoutes.Route route : routes.routes()) {
            handlers.putIfAbsent(route.handlerClass(), route.functionName());
        }
        List<Served> served = new ArrayList<>();
        for (var entry : handlers.entrySet()) {
            ApiHandler handler = (ApiHandler) server.server().handler(entry.getKey());
            for (String key : handler.routeKeys()) {
                String method = key.substring(0, key.indexOf(' '));
                String pattern = key.substring(key.indexOf(' ') + 1);
                served.add(new Served(entry.getValue(), entry.getKey(), method, pattern, concrete(pattern)));
            }
        }
        return served;
    }

    /** The served routes under /api/admin. */
    static List<Served> admin(TestServer server) throws Exception {
        return all(server).stream().filter(s -> s.pattern().startsWith("/api/admin/")).toList();
    }

    /** The distinct concrete admin paths. */
    static Set<String> adminPaths(TestServer server) throws Exception {
        Set<String> paths = new LinkedHashSet<>();
        admin(server).forEach(s -> paths.add(s.path()));
        return paths;
    }

    /** A sample value per path parameter: dates and years look real, the rest is an id nobody has. */
    static String concrete(String pattern) {
        return pattern.replace("{date}", "2026-11-02").replace("{year}", "2026")
                .replaceAll("\\{[^}/]+}", "x1");
    }
}
