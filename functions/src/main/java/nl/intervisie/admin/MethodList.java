package nl.intervisie.admin;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The methods catalogue (site/data/methods.yaml, in the jar as catalogue/methods.yaml) as the admin page's choice list. */
final class MethodList {
    private MethodList() {
    }

    /** id, name and nameEn of every method, in catalogue order; read once. */
    static List<Map<String, Object>> load() {
        try (InputStream in = MethodList.class.getResourceAsStream("/catalogue/methods.yaml")) {
            if (in == null) {
                return List.of();
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<String, Object>> methods = new ArrayList<>();
            for (Object entry : (List<?>) root.get("methods")) {
                Map<?, ?> m = (Map<?, ?>) entry;
                Map<String, Object> method = new LinkedHashMap<>();
                method.put("id", String.valueOf(m.get("id")));
                method.put("name", String.valueOf(m.get("name") != null ? m.get("name") : m.get("id")));
                method.put("nameEn", String.valueOf(m.get("nameEn") != null ? m.get("nameEn") : method.get("name")));
                methods.add(method);
            }
            return List.copyOf(methods);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
