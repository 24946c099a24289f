package nl.intervisie.signup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.http.Json;
import nl.intervisie.links.SignedLinks;
import nl.intervisie.mail.DynamoMailQuota;
import nl.intervisie.mail.Mail;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.MovableClock;
import nl.intervisie.testing.TestDynamo;
import nl.intervisie.wiring.Wiring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One sign-up function and one self-service function on a fresh DynamoDB Local table, with a clock the test moves,
 * a link key the test can rotate, and the mails kept in a list.
 */
final class OptInFixture {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final String SITE = "https://intervisie.example";
    static final String COORDINATOR = "coord@netwerk.example";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(SITE) + "(/api/(?:confirm|me)/[A-Za-z0-9._-]+)(\\?lang=(?:en|nl))?");

    final String table = TestDynamo.freshTable();
    final MovableClock clock = new MovableClock(NOW);
    final List<Mail> sent = Collections.synchronizedList(new ArrayList<>());
    final DynamoApplicantStore store = new DynamoApplicantStore(TestDynamo.client(), table, clock);
    final Wiring wiring = new Wiring(TestDynamo.client(), table, clock, () -> sent::add);
    byte[] key = "a-test-key-of-at-least-thirty-two-characters".getBytes(StandardCharsets.UTF_8);
    final ApplicantLinks links = new ApplicantLinks(new SignedLinks(() -> key, clock), SITE);
    final SignupService.Settings settings = SignupService.Settings.of(COORDINATOR, SITE, "");
    final SignupService service = new SignupService(store, new DynamoMailQuota(TestDynamo.client(), table, clock, 3),
            sent::add, links, clock, settings);
    final SignupHandler signup = new SignupHandler(service);
    final SelfServiceFeatures features = new SelfServiceFeatures(wiring.memberLeave(), wiring.privacy(), wiring.attendance());
    final SelfService self = new SelfService(store, links, features, sent::add, settings);
    final SelfServiceHandler pages = new SelfServiceHandler(service, self, features, clock);

    /** Rotates the link key: every link made before stops working. */
    void rotateKey() {
        key = "another-key-of-at-least-thirty-two-characters!".getBytes(StandardCharsets.UTF_8);
    }

    APIGatewayV2HTTPResponse postJson(Map<String, Object> body) {
        return signup.handleRequest(Events.json("POST", "/api/signup", Json.write(body)), null);
    }

    /** A form post as API Gateway passes it (base64), to either function. */
    APIGatewayV2HTTPResponse postForm(nl.intervisie.http.ApiHandler handler, String path, Map<String, String> fields) {
        String encoded = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        APIGatewayV2HTTPEvent event = Events.request("POST", pathOnly(path));
        query(event, path);
        event.getHeaders().put("content-type", "application/x-www-form-urlencoded");
        event.setBody(Base64.getEncoder().encodeToString(encoded.getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);
        return handler.handleRequest(event, null);
    }

    APIGatewayV2HTTPResponse get(String path) {
        APIGatewayV2HTTPEvent event = Events.request("GET", pathOnly(path));
        query(event, path);
        return pages.handleRequest(event, null);
    }

    APIGatewayV2HTTPResponse post(String path, Map<String, String> fields) {
        return postForm(pages, path, fields);
    }

    /** The path of the first link of this kind ("confirm" or "me") in the mail, with its query. */
    static String link(Mail mail, String kind) {
        Matcher m = LINK.matcher(mail.text());
        while (m.find()) {
            if (m.group(1).startsWith("/api/" + kind + "/")) {
                return m.group(1) + (m.group(2) == null ? "" : m.group(2));
            }
        }
        throw new AssertionError("no " + kind + " link in: " + mail.text());
    }

    private static String pathOnly(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static void query(APIGatewayV2HTTPEvent event, String path) {
        int q = path.indexOf('?');
        if (q < 0) {
            return;
        }
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (String pair : path.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        event.setQueryStringParameters(params);
        event.setRawQueryString(path.substring(q + 1));
    }
}
