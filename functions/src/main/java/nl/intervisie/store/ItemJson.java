package nl.intervisie.store;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A stored item as plain JSON values, attribute names sorted: what an export shows the person. */
public final class ItemJson {
    private ItemJson() {
    }

    public static Map<String, Object> of(Map<String, AttributeValue> item) {
        Map<String, Object> out = new TreeMap<>();
        item.forEach((name, value) -> out.put(name, value(value)));
        return out;
    }

    public static Object value(AttributeValue v) {
        if (v.s() != null) {
            return v.s();
        }
        if (v.n() != null) {
            return number(v.n());
        }
        if (v.bool() != null) {
            return v.bool();
        }
        if (Boolean.TRUE.equals(v.nul())) {
            return null;
        }
        if (v.hasL()) {
            List<Object> list = new ArrayList<>();
            v.l().forEach(e -> list.add(value(e)));
            return list;
        }
        if (v.hasM()) {
            return of(v.m());
        }
        if (v.hasSs()) {
            return List.copyOf(v.ss());
        }
        if (v.hasNs()) {
            return v.ns().stream().map(ItemJson::number).toList();
        }
        if (v.b() != null) {
            return base64(v.b());
        }
        if (v.hasBs()) {
            return v.bs().stream().map(ItemJson::base64).toList();
        }
        return null;
    }

    private static Object number(String n) {
        BigDecimal d = new BigDecimal(n);
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            return d;
        }
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
