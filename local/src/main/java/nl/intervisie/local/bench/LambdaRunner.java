package nl.intervisie.local.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.jr.ob.JSON;
import nl.intervisie.local.LocalContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Lambda cold start, as the java21 runtime does it: a fresh JVM with the functions jar on the class path,
 * the handler class loaded by name and constructed (INIT), then one API Gateway event handled (first INVOKE).
 * Prints {@code RESPONSE <status> parse=<ms> init=<ms> invoke=<ms>} on stdout; the benchmark driver times the
 * whole process from start to that line. Only the functions jar's own libraries
 * (and the plain {@link LocalContext}) are used here.
 *
 * <p>Usage: {@code LambdaRunner <handler class> <event.json> [run number, replaces {{run}} in the event]}
 */
public final class LambdaRunner {
    private LambdaRunner() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String json = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)
                .replace("{{run}}", args.length > 2 ? args[2] : "0")
                // a meeting date that is always in the past, yet after the demo members joined
                .replace("{{yesterday}}", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString());
        Map<String, Object> raw = JSON.std.mapFrom(json);
        if (!raw.containsKey("rawPath")) {
            scheduled(args[0], raw, start);
            return;
        }
        APIGatewayV2HTTPEvent event = event(raw);
        long parsed = System.nanoTime();

        Class<?> type = Class.forName(args[0]);
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) type.getConstructor().newInstance();
        long initialised = System.nanoTime();

        // A fixed request id: a random UUID would add SecureRandom's start-up to the measured cold start.
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new LocalContext(type.getSimpleName(), "bench-request"));
        long answered = System.nanoTime();
        System.out.println("RESPONSE " + response.getStatusCode()
                + " parse=" + ms(parsed - start) + " init=" + ms(initialised - parsed) + " invoke=" + ms(answered - initialised));
        System.out.flush();
        // Handlers may leave SDK threads behind; Lambda freezes the process, here it simply ends.
        System.exit(0);
    }

    /**
     * A scheduled function (EventBridge Scheduler's event is any JSON; the runtime hands it over as a map): 200 when
     * the handler returns, with what it returned.
     */
    @SuppressWarnings("unchecked")
    private static void scheduled(String handlerClass, Map<String, Object> event, long start) throws Exception {
        long parsed = System.nanoTime();
        Class<?> type = Class.forName(handlerClass);
        RequestHandler<Map<String, Object>, Object> handler =
                (RequestHandler<Map<String, Object>, Object>) type.getConstructor().newInstance();
        long initialised = System.nanoTime();
        Object result = handler.handleRequest(event, new LocalContext(type.getSimpleName(), "bench-request"));
        long answered = System.nanoTime();
        System.out.println("RESPONSE 200 parse=" + ms(parsed - start) + " init=" + ms(initialised - parsed)
                + " invoke=" + ms(answered - initialised) + " result=" + JSON.std.asString(result));
        System.out.flush();
        System.exit(0);
    }

    private static String ms(long nanos) {
        return Long.toString(nanos / 1_000_000);
    }

    /** The API Gateway HTTP API (payload 2.0) event from its JSON, as the runtime's deserialiser builds it. */
    @SuppressWarnings("unchecked")
    static APIGatewayV2HTTPEvent event(Map<String, Object> m) {
        Map<String, Object> rc = (Map<String, Object>) m.getOrDefault("requestContext", Map.of());
        Map<String, Object> http = (Map<String, Object>) rc.getOrDefault("http", Map.of());
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRouteKey((String) rc.get("routeKey"))
                .withAccountId((String) rc.get("accountId"))
                .withApiId((String) rc.get("apiId"))
                .withDomainName((String) rc.get("domainName"))
                .withRequestId((String) rc.get("requestId"))
                .withStage((String) rc.get("stage"))
                .withTime((String) rc.get("time"))
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod((String) http.get("method"))
                        .withPath((String) http.get("path"))
                        .withProtocol((String) http.get("protocol"))
                        .withSourceIp((String) http.get("sourceIp"))
                        .withUserAgent((String) http.get("userAgent"))
                        .build())
                .build();
        Map<String, Object> authorizer = (Map<String, Object>) rc.get("authorizer");
        if (authorizer != null && authorizer.get("jwt") instanceof Map<?, ?> jwt) {
            context.setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(strings(jwt.get("claims")))
                            .withScopes((List<String>) jwt.get("scopes"))
                            .build())
                    .build());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion((String) m.get("version"))
                .withRouteKey((String) m.get("routeKey"))
                .withRawPath((String) m.get("rawPath"))
                .withRawQueryString((String) m.get("rawQueryString"))
                .withCookies((List<String>) m.get("cookies"))
                .withHeaders(strings(m.get("headers")))
                .withQueryStringParameters(strings(m.get("queryStringParameters")))
                .withPathParameters(strings(m.get("pathParameters")))
                .withStageVariables(strings(m.get("stageVariables")))
                .withBody((String) m.get("body"))
                .withIsBase64Encoded(Boolean.TRUE.equals(m.get("isBase64Encoded")))
                .withRequestContext(context)
                .build();
    }

    private static Map<String, String> strings(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return out;
    }
}
