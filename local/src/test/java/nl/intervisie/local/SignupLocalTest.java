package nl.intervisie.local;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-up through the local server over HTTP: the gateway's event, the handler, and the local outbox. */
class SignupLocalTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    static HttpRequest.Builder post(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(server.url("/api/signup")))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void aPlainFormPostIsRedirectedAndItsMailShowsInTheOutbox() {
        String email = "outbox-" + UUID.randomUUID() + "@example.org";
        var response = server.send(post("application/x-www-form-urlencoded",
                "name=Olga+%26+Co&email=" + email + "&organisation=Dienst+Y&role=VP&basicTraining=on&appointed=on"
                        + "&mode=online&language=nl&availability=any&consent=on&lang=nl&website=&elapsed="));
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertEquals("/api/signup/confirmation?lang=nl", location);

        var page = server.get(location);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Kijk in je mail"));

        var outbox = server.get("/dev/outbox");
        assertEquals(200, outbox.statusCode());
        assertTrue(outbox.body().contains(email));
        assertTrue(outbox.body().contains("Reply-To: contact@intervisie.example"), "replies reach the contact address");
        assertTrue(outbox.body().contains("Bevestig je aanmelding voor intervisie"));
        assertFalse(outbox.body().contains("Olga"), "nothing the sender typed is mailed");
    }

    @Test
    void wrongTypeAndOversizeAreRefusedThroughTheGateway() {
        assertEquals(415, server.send(post("text/plain", "name=x")).statusCode());
        var tooLarge = server.send(post("application/json", "{\"remarks\":\"" + "x".repeat(40_000) + "\"}"));
        assertEquals(413, tooLarge.statusCode());
        assertFalse(tooLarge.body().contains("Exception"));
        assertEquals(404, server.get("/dev/outbox/other").statusCode());
    }

    /**
     * The concurrency case over real HTTP: 50 sign-ups at once through the local server, half as JSON and
     * half as plain form posts, 10 of them repeating another one's address (in other case): exactly 40 applicants,
     * every answer 202 or 303. (Not appointed, so they would wait for review once confirmed.)
     */
    @Test
    void fiftyParallelSignUpsWithTenRepeatsThroughTheServerMakeFortyApplicants() throws Exception {
        String domain = "@par-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            addresses.add("p" + i + domain);
        }
        for (int i = 0; i < 10; i++) {
            addresses.add(("P" + (i * 4) + domain).toUpperCase());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            for (int i = 0; i < addresses.size(); i++) {
                String email = addresses.get(i);
                boolean json = i % 2 == 0;
                answers.add(pool.submit(() -> {
                    HttpRequest.Builder request = json
                            ? post("application/json", "{\"name\":\"Par Allel\",\"email\":\"" + email + "\",\"organisation\":\"Dienst P\","
                                    + "\"role\":\"VP\",\"basicTraining\":true,\"appointed\":false,\"mode\":\"online\",\"language\":\"nl\",\"availability\":[\"any\"],"
                                    + "\"consent\":true,\"lang\":\"nl\",\"website\":\"\",\"elapsed\":\"9000\"}")
                            : post("application/x-www-form-urlencoded", "name=Par+Allel&email="
                                    + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&organisation=Dienst+P&role=VP"
                                    + "&basicTraining=on&mode=online&language=nl&availability=any&consent=on&lang=nl&website=&elapsed=");
                    start.await();
                    return server.send(request).statusCode();
                }));
            }
            start.countDown();
            for (int i = 0; i < answers.size(); i++) {
                int status = answers.get(i).get();
                assertEquals(i % 2 == 0 ? 202 : 303, status, addresses.get(i));
            }
        }
        var store = new DynamoApplicantStore(server.client(), server.table());
        List<Applicant> ours = new ArrayList<>();
        for (ApplicantStatus status : ApplicantStatus.values()) {
            store.listByStatus(status).stream().filter(a -> a.email().toLowerCase().endsWith(domain)).forEach(ours::add);
        }
        assertEquals(40, ours.size());
        assertTrue(ours.stream().allMatch(a -> a.status() == ApplicantStatus.UNCONFIRMED), "unconfirmed until the link is followed");
        assertEquals(40, ours.stream().map(a -> a.email().toLowerCase()).distinct().count(), "one applicant per address");
    }
}
