package nl.intervisie.attendance;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods catalogue (site/data/methods.yaml, packaged as catalogue/methods.yaml): a meeting names its method by
 * id, so the site's method pages and the attendance records share one list.
 */
public final class Methods {
    private static final String RESOURCE = "/catalogue/methods.yaml";

    /** A method's id and its names. */
    public record Method(String id, String name, String nameEn) {
    }

    private final Map<String, Method> byId;

    public Methods(Map<String, Method> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static Methods load() {
        try (InputStream in = Methods.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Methods catalogue missing from the jar: " + RESOURCE);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Method> methods = new LinkedHashMap<>();
            for (Object entry : (List<?>) root.get("methods")) {
                Map<?, ?> m = (Map<?, ?>) entry;
                String id = String.valueOf(m.get("id"));
                String name = m.get("name") == null ? id : m.get("name").toString();
                String nameEn = m.get("nameEn") == null ? name : m.get("nameEn").toString();
                methods.put(id, new Method(id, name, nameEn));
            }
            return new Methods(methods);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String id) {
        return id != null && byId.containsKey(id);
    }

    /** The name to show; the id itself when the catalogue no longer has the method. */
    public String name(String id, boolean english) {
        Method m = byId.get(id);
        return m == null ? id : english ? m.nameEn() : m.name();
    }
}
