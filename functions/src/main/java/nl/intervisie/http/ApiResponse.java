package nl.intervisie.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the responses handlers return. API answers are never cached: they may hold personal data. */
public final class ApiResponse {
    private ApiResponse() {
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return of(status, "application/json; charset=utf-8", Json.write(body), Map.of());
    }

    public static APIGatewayV2HTTPResponse errors(int status, List<FieldError> errors) {
        List<Map<String, String>> list = errors.stream().map(e -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", e.field());
            m.put("message", e.message());
            return m;
        }).toList();
        return json(status, Map.of("errors", list));
    }

    /** 303 See Other: where a plain HTML form post ends up (post/redirect/get). */
    public static APIGatewayV2HTTPResponse seeOther(String location) {
        return of(303, "text/plain; charset=utf-8", "", Map.of("Location", location));
    }

    public static APIGatewayV2HTTPResponse text(int status, String contentType, String body, Map<String, String> extraHeaders) {
        return of(status, contentType, body, extraHeaders);
    }

    private static APIGatewayV2HTTPResponse of(int status, String contentType, String body, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.putAll(extra);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
