package nl.intervisie.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Serves the built site as the CDN would: index.html for folders, 404.html for what does not exist. */
final class StaticSite implements HttpHandler {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;

    StaticSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                LocalHttp.send(exchange, 405, "Method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(exchange.getRequestURI().getRawPath());
            int status = 200;
            if (file == null) {
                status = 404;
                file = root.resolve("404.html");
            }
            if (!Files.isRegularFile(file)) {
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                LocalHttp.send(exchange, 404, "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(file));
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            LocalHttp.send(exchange, status, Files.readAllBytes(file));
        }
    }

    /** The file for a URL path, or null; never a file outside the site folder. */
    private Path resolve(String rawPath) {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path.indexOf('\0') >= 0) {
            return null;
        }
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
