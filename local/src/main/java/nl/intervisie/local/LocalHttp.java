package nl.intervisie.local;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writing responses, and the security headers the CDN sets when deployed (template.yaml, response headers policy). */
final class LocalHttp {
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
            "Strict-Transport-Security", "max-age=63072000; includeSubDomains",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");

    private LocalHttp() {
    }

    static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        SECURITY_HEADERS.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        boolean noBody = head || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : (body.length == 0 ? -1 : body.length));
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
