package nl.intervisie.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import nl.intervisie.mail.Outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;

/**
 * /dev/outbox: the e-mail the handlers "sent" while running locally (MAIL_OUTBOX=memory), newest first.
 * Exists only in the local server; nothing like it is deployed.
 */
final class DevOutbox implements HttpHandler {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/dev/outbox")) {
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                LocalHttp.send(exchange, 404, "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            StringBuilder html = new StringBuilder("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Local outbox</title>
                    <meta name="robots" content="noindex, nofollow">
                    <link rel="stylesheet" href="/css/site.css"></head>
                    <body><main class="wrap"><h1>Local outbox</h1>
                    <p>E-mail the local server would have sent (newest first; gone when it stops).</p>
                    """);
            var messages = Outbox.shared().messages();
            if (messages.isEmpty()) {
                html.append("<p>No messages yet.</p>\n");
            }
            for (Outbox.Sent sent : messages) {
                html.append("<article class=\"mail\"><h2>").append(esc(sent.mail().subject())).append("</h2>\n<p>To: ")
                        .append(esc(sent.mail().to())).append(" · Reply-To: ")
                        .append(sent.replyTo().isEmpty() ? "(none)" : esc(sent.replyTo())).append(" · ").append(TIME.format(sent.at())).append("</p>\n<pre>")
                        .append(esc(sent.mail().text())).append("</pre></article>\n");
            }
            html.append("</main></body></html>\n");
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            LocalHttp.send(exchange, 200, html.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
