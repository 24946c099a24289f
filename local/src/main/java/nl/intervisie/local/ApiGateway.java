package nl.intervisie.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for API Gateway (HTTP API, payload format 2.0): finds the route template.yaml declares, checks the
 * bearer token where the route has the JWT authorizer, and passes the handler the event API Gateway would send.
 * No logic of its own beyond that.
 */
final class ApiGateway implements HttpHandler {
    /** API Gateway's own payload limit. */
    private static final int MAX_PAYLOAD = 10 * 1024 * 1024;

    private final ApiRoutes routes;
    /** Each local token and the claims the JWT authorizer would pass for it (a coordinator, a facilitator). */
    private final Map<String, Map<String, String>> tokens;
    private final Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers =
            new ConcurrentHashMap<>();

    ApiGateway(ApiRoutes routes, String adminToken) {
        this(routes, Map.of(adminToken, LocalServer.LOCAL_CLAIMS));
    }

    ApiGateway(ApiRoutes routes, Map<String, Map<String, String>> tokens) {
        this.routes = routes;
        this.tokens = Map.copyOf(tokens);
    }

    /** Loads every handler now, as Lambda's init phase would, so a broken handler fails at start-up. */
    void loadHandlers() {
        routes.routes().forEach(r -> handler(r.handlerClass()));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            ApiRoutes.Match match = routes.find(exchange.getRequestMethod(), path);
            if (match == null) {
                LocalHttp.sendJson(exchange, 404, "{\"message\":\"Not Found\"}");
                return;
            }
            Map<String, String> claims = match.route().authorized() ? claims(exchange) : null;
            if (match.route().authorized() && claims == null) {
                // What API Gateway's JWT authorizer answers: the handler never runs.
                LocalHttp.sendJson(exchange, 401, "{\"message\":\"Unauthorized\"}");
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                LocalHttp.sendJson(exchange, 413, "{\"message\":\"Request Entity Too Large\"}");
                return;
            }
            APIGatewayV2HTTPEvent event = toEvent(exchange, match, body, claims);
            APIGatewayV2HTTPResponse response = handler(match.route().handlerClass()).handleRequest(event, new LocalContext(match.route().functionName(), UUID.randomUUID().toString()));
            send(exchange, response);
        }
    }

    /** The claims of the presented token, or null (no token, or not one of the local ones). */
    private Map<String, String> claims(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        byte[] presented = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        Map<String, String> found = null;
        for (var token : tokens.entrySet()) {
            if (MessageDigest.isEqual(presented, token.getKey().getBytes(StandardCharsets.UTF_8))) {
                found = token.getValue();
            }
        }
        return found;
    }

    private APIGatewayV2HTTPEvent toEvent(HttpExchange exchange, ApiRoutes.Match match, byte[] body,
                                          Map<String, String> claims) {
        URI uri = exchange.getRequestURI();
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("cookie")) {
                values.forEach(v -> cookies.addAll(List.of(v.split(";\\s*"))));
            } else {
                headers.put(key, String.join(",", values));
            }
        });
        String contentType = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        // HTTP API passes text and JSON bodies as they are and base64-encodes the rest (forms among them).
        boolean textual = contentType.startsWith("application/json") || contentType.startsWith("text/");
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String sourceIp = exchange.getRemoteAddress().getAddress().getHostAddress();
        Instant now = Instant.now();

        var jwt = match.route().authorized()
                ? APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withJwt(
                        APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                .withClaims(claims)
                                .withScopes(List.of())
                                .build()).build()
                : null;
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(match.route().routeKey())
                .withRawPath(uri.getRawPath())
                .withRawQueryString(uri.getRawQuery() == null ? "" : uri.getRawQuery())
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(headers)
                .withQueryStringParameters(query(uri.getRawQuery()))
                .withPathParameters(match.pathParameters().isEmpty() ? null : decoded(match.pathParameters()))
                .withBody(body.length == 0 ? null
                        : textual ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !textual)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey(match.route().routeKey())
                        .withStage("$default")
                        .withRequestId(UUID.randomUUID().toString())
                        .withTime(now.toString())
                        .withTimeEpoch(now.toEpochMilli())
                        .withDomainName(headers.getOrDefault("host", "localhost"))
                        .withAccountId("000000000000")
                        .withApiId("local")
                        .withAuthorizer(jwt)
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(uri.getRawPath())
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(sourceIp)
                                .withUserAgent(headers.getOrDefault("user-agent", ""))
                                .build())
                        .build())
                .build();
    }

    /** Query parameters as HTTP API gives them: repeated names joined with commas; null when there are none. */
    private static Map<String, String> query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.merge(name, value, (a, b) -> a + "," + b);
        }
        return params;
    }

    private static Map<String, String> decoded(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, decode(v)));
        return out;
    }

    /** Percent-decoding that keeps malformed input as it is instead of failing (API Gateway passes it on). */
    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PAYLOAD + 1);
        return bytes.length > MAX_PAYLOAD ? null : bytes;
    }

    private static void send(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
        }
        String body = response.getBody() == null ? "" : response.getBody();
        byte[] bytes = response.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        LocalHttp.send(exchange, response.getStatusCode(), bytes);
    }

    /** A handler built by {@link #loadHandlers()}. */
    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> loaded(String className) {
        var handler = handlers.get(className);
        if (handler == null) {
            throw new IllegalArgumentException("No handler " + className + " in template.yaml");
        }
        return handler;
    }

    @SuppressWarnings("unchecked")
    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(String className) {
        return handlers.computeIfAbsent(className, name -> {
            try {
                return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                        Class.forName(name).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot load handler " + name + " named in template.yaml", e);
            }
        });
    }
}
