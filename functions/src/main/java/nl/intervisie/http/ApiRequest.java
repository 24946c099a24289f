package nl.intervisie.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A read-only view of an API Gateway HTTP API (payload v2) event, with the checks every handler needs. */
public final class ApiRequest {
    /** Largest body any endpoint accepts; a sign-up form is a few KB. */
    public static final int MAX_BODY_BYTES = 32 * 1024;

    private final APIGatewayV2HTTPEvent event;
    private final Map<String, String> headers;
    private final Map<String, String> pathParameters;

    public ApiRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
        this.headers = new LinkedHashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        }
        this.pathParameters = event.getPathParameters() == null ? Map.of() : event.getPathParameters();
    }

    public APIGatewayV2HTTPEvent event() {
        return event;
    }

    public String method() {
        var context = event.getRequestContext();
        String method = context != null && context.getHttp() != null ? context.getHttp().getMethod() : null;
        return method == null ? "" : method.toUpperCase(Locale.ROOT);
    }

    public String path() {
        return event.getRawPath() == null ? "/" : event.getRawPath();
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String query(String name) {
        var query = event.getQueryStringParameters();
        return query == null ? null : query.get(name);
    }

    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    /** Language for messages: Accept-Language, unless the caller passes ?lang=. */
    public Language language() {
        String lang = query("lang");
        return Language.of(lang != null ? lang : header("accept-language"));
    }

    /** The media type of the body without parameters, lower case; "" when absent. */
    public String contentType() {
        String value = header("content-type");
        if (value == null) {
            return "";
        }
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The body as text, refused with 413 when too large and 400 when it is not UTF-8. */
    public String body() {
        String raw = event.getBody();
        if (raw == null) {
            return "";
        }
        Language lang = language();
        // A base64 body is 4/3 of its bytes: refuse before decoding anything large.
        long approxBytes = event.getIsBase64Encoded() ? (raw.length() / 4L) * 3 : raw.length();
        if (approxBytes > MAX_BODY_BYTES) {
            throw tooLarge(lang);
        }
        byte[] bytes;
        if (event.getIsBase64Encoded()) {
            try {
                bytes = Base64.getDecoder().decode(raw);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, lang.pick("De aanvraag is onleesbaar.", "The request cannot be read."));
            }
        } else {
            bytes = raw.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge(lang);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, lang.pick(
                    "De aanvraag bevat tekens die geen UTF-8 zijn.", "The request contains text that is not UTF-8."));
        }
    }

    /** The body as a JSON object (400 when it is not one). */
    public Map<String, Object> jsonBody() {
        return Json.parseObject(body(), language());
    }

    /**
     * The body as HTML form fields (application/x-www-form-urlencoded); a repeated field (checkboxes of one name)
     * gives its values one per line.
     */
    public Map<String, String> formBody() {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = body();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.merge(name, value, (before, next) -> before + "\n" + next); // several checkboxes of one name
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, language().pick(
                        "Het formulier is onleesbaar verstuurd.", "The form was sent in an unreadable form."));
            }
        }
        return fields;
    }

    /** The JWT claims the API Gateway authorizer put in the event; empty when there are none. */
    public Map<String, String> claims() {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null) {
            return Map.of();
        }
        Map<String, String> claims = context.getAuthorizer().getJwt().getClaims();
        return claims == null ? Map.of() : claims;
    }

    private static ApiException tooLarge(Language lang) {
        return new ApiException(413, lang.pick(
                "De aanvraag is te groot (meer dan 32 kB).", "The request is too large (over 32 kB)."));
    }
}
