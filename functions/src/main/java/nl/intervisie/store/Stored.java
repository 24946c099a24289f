package nl.intervisie.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.function.Function;

/**
 * A typed record together with its item exactly as stored, as plain JSON values (attribute names sorted): what an
 * export shows the person, keys and retention (TTL) included. Only stores make these, from their owner's mapping.
 */
public record Stored<T>(T value, Map<String, Object> asStored) {
    public static <T> Stored<T> of(Map<String, AttributeValue> item, Function<Map<String, AttributeValue>, T> mapping) {
        return new Stored<>(mapping.apply(item), ItemJson.of(item));
    }
}
