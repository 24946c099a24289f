package nl.intervisie.signup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.store.Keys;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-up function on DynamoDB Local: what is answered, what is stored, what is mailed. */
class SignupHandlerTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    OptInFixture f;
    DynamoApplicantStore store;
    List<Mail> sent;
    SignupHandler handler;
    String table;

    @BeforeEach
    void setUp() {
        f = new OptInFixture();
        table = f.table;
        store = f.store;
        sent = f.sent;
        handler = f.signup;
    }

    static Map<String, Object> body() {
        Map<String, Object> b = new LinkedHashMap<>(SignupValidatorTest.valid());
        b.put("basicTraining", true);
        b.put("appointed", true);
        b.put("consent", true);
        b.put("availability", List.of("tuesday-afternoon", "thursday-morning"));
        b.put("lang", "nl");
        b.put("website", "");
        return b;
    }

    APIGatewayV2HTTPResponse postJson(Map<String, Object> body) {
        return handler.handleRequest(Events.json("POST", "/api/signup", Json.write(body)), null);
    }

    /** A form post as API Gateway passes it: base64-encoded. */
    APIGatewayV2HTTPResponse postForm(Map<String, String> fields) {
        String encoded = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        APIGatewayV2HTTPEvent event = Events.request("POST", "/api/signup");
        event.getHeaders().put("content-type", "application/x-www-form-urlencoded");
        event.setBody(Base64.getEncoder().encodeToString(encoded.getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);
        return handler.handleRequest(event, null);
    }

    List<Applicant> applicants() {
        List<Applicant> all = new ArrayList<>(store.listByStatus(ApplicantStatus.WAITING));
        all.addAll(store.listByStatus(ApplicantStatus.NEEDS_REVIEW));
        return all;
    }

    List<Applicant> unconfirmed() {
        return store.listByStatus(ApplicantStatus.UNCONFIRMED);
    }

    long itemCount() {
        return TestDynamo.client().scan(b -> b.tableName(table)).count();
    }

    static APIGatewayV2HTTPEvent withQuery(APIGatewayV2HTTPEvent event, String rawQuery) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        event.setQueryStringParameters(q);
        event.setRawQueryString(rawQuery);
        return event;
    }

    @Test
    void aFormWithErrorsComesBackFilledInWithEveryValueEscaped() {
        Map<String, String> form = new LinkedHashMap<>(SignupValidatorTest.valid());
        form.put("name", "\"><script>alert(1)</script>");
        form.put("organisation", "O'Brien & Zn");
        form.remove("consent");
        form.put("lang", "nl");
        form.put("extra", "<b>dropped</b>");
        var response = postForm(form);
        assertEquals(400, response.getStatusCode());
        assertTrue(response.getHeaders().get("Content-Type").startsWith("text/html"));
        String html = response.getBody();
        assertFalse(html.contains("<script>alert"), "markup is never echoed raw");
        assertFalse(html.contains("dropped"), "unknown fields are not echoed");
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("value=\"O&#39;Brien &amp; Zn\""), "values are kept");
        assertTrue(html.contains("<a href=\"#name\">Gebruik geen HTML of code, alleen gewone tekst.</a>"));
        assertTrue(html.contains("<a href=\"#consent\">"));
        assertTrue(html.contains("id=\"error-summary\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\" autofocus"));
        assertTrue(html.contains("aria-describedby=\"consent-hint consent-error\" aria-invalid=\"true\""));
        assertTrue(html.contains("<title>Fout: "));
        assertEquals(0, itemCount());
    }

    @Test
    void jsonErrorsArePerFieldInTheFormsLanguage() {
        Map<String, Object> b = body();
        b.put("lang", "en");
        b.remove("email");
        b.put("mode", "anywhere");
        var response = postJson(b);
        assertEquals(400, response.getStatusCode());
        assertEquals(Map.of("errors", List.of(
                        Map.of("field", "email", "message", "Enter your work e-mail address."),
                        Map.of("field", "mode", "message", "Choose how you want to take part: in person, online or either."))),
                Json.parseObject(response.getBody(), Language.NL));
        assertEquals(0, itemCount());
    }

    @Test
    void nonTextJsonValuesAreRefusedPerField() {
        Map<String, Object> b = body();
        b.put("name", Map.of("first", "Anna"));
        b.put("remarks", 1.5);
        var response = postJson(b);
        assertEquals(400, response.getStatusCode());
        assertTrue(response.getBody().contains("\"field\":\"name\""));
        assertTrue(response.getBody().contains("\"field\":\"remarks\""));
    }

    @Test
    void brokenJsonIs400() {
        var response = handler.handleRequest(Events.json("POST", "/api/signup", "{\"name\": "), null);
        assertEquals(400, response.getStatusCode());
        assertEquals(0, itemCount());
    }

    @Test
    void wrongContentTypeIs415() {
        for (String type : new String[]{"text/plain", "multipart/form-data; boundary=x", "application/xml", ""}) {
            APIGatewayV2HTTPEvent event = Events.json("POST", "/api/signup", Json.write(body()));
            event.getHeaders().put("content-type", type);
            var response = handler.handleRequest(event, null);
            assertEquals(415, response.getStatusCode(), type);
            assertTrue(response.getBody().contains("JSON"), response.getBody());
        }
        assertEquals(0, itemCount());
    }

    @Test
    void oversizeIs413() {
        Map<String, Object> b = body();
        b.put("remarks", "x".repeat(40_000));
        assertEquals(413, postJson(b).getStatusCode());
        Map<String, String> form = new LinkedHashMap<>(SignupValidatorTest.valid());
        form.put("remarks", "y".repeat(40_000));
        assertEquals(413, postForm(form).getStatusCode());
        assertEquals(0, itemCount());
    }

    @Test
    void aMailFailureDoesNotLoseTheSignUp() {
        var failing = new SignupHandler(new SignupService(store, new nl.intervisie.mail.DynamoMailQuota(
                TestDynamo.client(), table, f.clock, 3), mail -> {
            throw new IllegalStateException("SES down for " + mail.to());
        }, f.links, f.clock, f.settings));
        String log = captureLogs(() -> assertEquals(202, failing.handleRequest(
                Events.json("POST", "/api/signup", Json.write(body())), null).getStatusCode()));
        assertEquals(1, unconfirmed().size());
        assertTrue(log.contains("\"message\":\"signup mail failed\"") && log.contains("\"exception\":\"java.lang.IllegalStateException\""), log);
        assertFalse(log.contains("minbzk") || log.contains("SES down"), "no address in the log: " + log);
    }

    @Test
    void logLinesHoldNoPersonalData() {
        String log = captureLogs(() -> {
            postJson(body());
            postJson(body());
            Map<String, Object> bot = body();
            bot.put("website", "x");
            postJson(bot);
        });
        assertTrue(log.contains("\"message\":\"signup stored\""), log);
        for (String personal : List.of("Anna", "minbzk", "BZK", "Vertrouwenspersoon", "Jansen", "Utrecht", "IV-")) {
            assertFalse(log.contains(personal), personal + " in log: " + log);
        }
    }

    static String captureLogs(Runnable action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
