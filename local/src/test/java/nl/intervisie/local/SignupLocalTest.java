package nl.intervisie.local;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up through the local server over HTTP: the gateway's event, the handler, and the local outbox. */
class SignupLocalTest {
    static HttpRequest.Builder post(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(TestServer.url("/api/signup")))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void aPlainFormPostIsRedirectedAndItsMailShowsInTheOutbox() {
        String email = "outbox-" + UUID.randomUUID() + "@example.org";
        var response = TestServer.send(post("application/x-www-form-urlencoded",
                "name=Olga+%26+Co&email=" + email + "&organisation=Dienst+Y&role=VP&basicTraining=on&appointed=on"
                        + "&mode=online&language=nl&consent=on&lang=nl&website=&elapsed="));
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/api/signup/confirmation?ref=IV-"), location);
        String reference = location.substring(location.indexOf("ref=") + 4, location.indexOf('&'));

        var page = TestServer.get(location);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(reference));

        var outbox = TestServer.get("/dev/outbox");
        assertEquals(200, outbox.statusCode());
        assertTrue(outbox.body().contains(email));
        assertTrue(outbox.body().contains("Beste Olga &amp; Co"), "mail text is escaped on the page");
        assertTrue(outbox.body().contains(reference));
    }

    @Test
    void wrongTypeAndOversizeAreRefusedThroughTheGateway() {
        assertEquals(415, TestServer.send(post("text/plain", "name=x")).statusCode());
        var tooLarge = TestServer.send(post("application/json", "{\"remarks\":\"" + "x".repeat(40_000) + "\"}"));
        assertEquals(413, tooLarge.statusCode());
        assertFalse(tooLarge.body().contains("Exception"));
        assertEquals(404, TestServer.get("/dev/outbox/other").statusCode());
    }
}
