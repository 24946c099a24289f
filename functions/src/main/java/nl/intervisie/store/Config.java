package nl.intervisie.store;

/**
 * Settings from the Lambda environment. A JVM system property of the same name stands in for an environment
 * variable, so the local server and tests can run the handlers in one process.
 */
public final class Config {
    private Config() {
    }

    public static String get(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    public static String require(String name) {
        String value = get(name, null);
        if (value == null) {
            throw new IllegalStateException("Missing setting " + name);
        }
        return value;
    }
}
