package nl.intervisie.local;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API routes as template.yaml declares them (HttpApi events of each function): the local server routes
 * exactly what API Gateway would, so the template and the local behaviour cannot drift apart.
 */
public final class ApiRoutes {
    /** One HttpApi event: method (or ANY), path with {param} / {proxy+}, the handler class, whether a JWT is required. */
    public record Route(String functionName, String method, String path, String handlerClass, boolean authorized) {
        /** Path parameters if this route matches, else null. */
        Map<String, String> match(String requestMethod, String requestPath) {
            if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
                return null;
            }
            String[] pattern = path.split("/", -1);
            String[] actual = requestPath.split("/", -1);
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < pattern.length; i++) {
                String p = pattern[i];
                if (p.startsWith("{") && p.endsWith("+}")) {
                    if (i >= actual.length) {
                        return null;
                    }
                    params.put(p.substring(1, p.length() - 2), String.join("/", List.of(actual).subList(i, actual.length)));
                    return params;
                }
                if (i >= actual.length) {
                    return null;
                }
                if (p.startsWith("{") && p.endsWith("}")) {
                    if (actual[i].isEmpty()) {
                        return null;
                    }
                    params.put(p.substring(1, p.length() - 1), actual[i]);
                } else if (!p.equals(actual[i])) {
                    return null;
                }
            }
            return pattern.length == actual.length ? params : null;
        }

        /** API Gateway prefers the most literal segments, a named method over ANY, and a greedy {proxy+} last. */
        int specificity() {
            long literals = List.of(path.split("/")).stream().filter(s -> !s.startsWith("{")).count();
            return (path.contains("+}") ? 0 : 1_000) + (int) literals * 10 + (method.equals("ANY") ? 0 : 1);
        }

        String routeKey() {
            return method + " " + path;
        }
    }

    public record Match(Route route, Map<String, String> pathParameters) {
    }

    private final List<Route> routes;

    private ApiRoutes(List<Route> routes) {
        this.routes = routes.stream().sorted(Comparator.comparingInt(Route::specificity).reversed()).toList();
    }

    public List<Route> routes() {
        return routes;
    }

    /** The route API Gateway would pick for this request, or null (API Gateway answers 404 then). */
    public Match find(String method, String path) {
        for (Route route : routes) {
            Map<String, String> params = route.match(method, path);
            if (params != null) {
                return new Match(route, params);
            }
        }
        return null;
    }

    public static ApiRoutes fromTemplate(Path template) throws IOException {
        try (Reader reader = Files.newBufferedReader(template)) {
            return fromTemplate(reader);
        }
    }

    @SuppressWarnings("unchecked")
    static ApiRoutes fromTemplate(Reader reader) {
        Map<String, Object> root = new Yaml(new CloudFormationConstructor()).load(reader);
        Map<String, Object> resources = (Map<String, Object>) root.get("Resources");
        Map<String, Object> globals = (Map<String, Object>) ((Map<String, Object>) root.getOrDefault("Globals", Map.of()))
                .getOrDefault("Function", Map.of());
        List<Route> routes = new ArrayList<>();
        resources.forEach((name, value) -> {
            Map<String, Object> resource = (Map<String, Object>) value;
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                return;
            }
            Map<String, Object> props = (Map<String, Object>) resource.get("Properties");
            String handler = (String) props.getOrDefault("Handler", globals.get("Handler"));
            String handlerClass = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
            Map<String, Object> events = (Map<String, Object>) props.getOrDefault("Events", Map.of());
            events.values().forEach(e -> {
                Map<String, Object> event = (Map<String, Object>) e;
                if (!"HttpApi".equals(event.get("Type"))) {
                    return;
                }
                Map<String, Object> ep = (Map<String, Object>) event.get("Properties");
                Map<String, Object> auth = (Map<String, Object>) ep.getOrDefault("Auth", Map.of());
                // The API has a default authorizer: only an explicit NONE makes a route public.
                boolean authorized = !"NONE".equals(auth.get("Authorizer"));
                routes.add(new Route(name, ((String) ep.get("Method")).toUpperCase(Locale.ROOT), (String) ep.get("Path"),
                        handlerClass, authorized));
            });
        });
        return new ApiRoutes(routes);
    }

    /** Reads CloudFormation short-form tags (!Ref, !Sub, !GetAtt …) as plain values: only the structure matters here. */
    static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof ScalarNode scalar) {
                        return constructScalar(scalar);
                    }
                    if (node instanceof SequenceNode sequence) {
                        return constructSequence(sequence);
                    }
                    return constructMapping((MappingNode) node);
                }
            });
        }
    }
}
