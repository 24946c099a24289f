package nl.intervisie.http;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.util.Map;

/** The one JSON library on the Lambda path (jackson-jr: small and quick to start). */
public final class Json {
    /** Null values are written (an error without a field says "field":null, as the API contract shows). */
    private static final JSON JSON_IO = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private Json() {
    }

    /** Parses a JSON object; anything else (array, scalar, broken text) is a 400 in the caller's language. */
    public static Map<String, Object> parseObject(String text, Language lang) {
        if (text == null || text.isBlank()) {
            throw new ApiException(400, lang.pick("De aanvraag is leeg.", "The request is empty."));
        }
        try {
            Object value = JSON_IO.anyFrom(text);
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                return object;
            }
        } catch (IOException | RuntimeException e) {
            // broken JSON gets the same answer as valid JSON that is not an object
        }
        throw new ApiException(400, lang.pick(
                "De aanvraag is geen geldig JSON-object.", "The request is not a valid JSON object."));
    }

    public static String write(Object value) {
        try {
            return JSON_IO.asString(value);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise response", e);
        }
    }
}
