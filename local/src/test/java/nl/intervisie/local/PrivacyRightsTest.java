package nl.intervisie.local;

import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.store.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.intervisie.store.Items.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's data from sign-up to erasure through the local server over HTTP: the stored application carries its
 * retention (TTL), the export shows it, erasure removes it, and the address can sign up again afterwards.
 * DynamoDB Local never deletes expired items, so retention is checked on the attribute values; deployed, DynamoDB
 * deletes expired items in the background, usually within a few days of expiry.
 */
class PrivacyRightsTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static final Duration RETENTION = Duration.ofDays(365);

    private static Map<String, Object> json(String body) {
        return Json.parseObject(body, Language.NL);
    }

    private static String signUp(String email) {
        String body = Json.write(Map.ofEntries(
                Map.entry("name", "Petra Privacy"), Map.entry("email", email), Map.entry("organisation", "Gemeente Utrecht"),
                Map.entry("role", "Vertrouwenspersoon"), Map.entry("basicTraining", true), Map.entry("appointed", true),
                Map.entry("mode", "either"), Map.entry("municipality", "Utrecht"), Map.entry("region", "Midden"),
                Map.entry("language", "nl"), Map.entry("availability", List.of("any")), Map.entry("avoid", ""),
                Map.entry("remarks", ""), Map.entry("consent", true), Map.entry("lang", "nl"), Map.entry("website", "")));
        var response = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/signup")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(202, response.statusCode(), response.body());
        return LocalOptIn.confirm(server, email).reference();
    }

    @SuppressWarnings("unchecked")
    private static String idOf(String reference) {
        var list = server.send(server.asAdmin("/api/admin/applicants?status=WAITING"));
        return ((List<Map<String, Object>>) json(list.body()).get("applicants")).stream()
                .filter(a -> reference.equals(a.get("reference"))).map(a -> (String) a.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("signed-up applicant not listed: " + reference));
    }

    private static Map<String, AttributeValue> item(String pk, String sk) {
        return server.client().getItem(b -> b.tableName(server.table())
                .key(Map.of(Keys.PK, s(pk), Keys.SK, s(sk))).consistentRead(true)).item();
    }

    @Test
    @SuppressWarnings("unchecked")
    void signUpExportEraseAndSignUpAgain() {
        String email = "petra-" + UUID.randomUUID() + "@example.org";
        Instant before = Instant.now();
        String id = idOf(signUp(email));
        Instant after = Instant.now();

        // retention: the application and its e-mail guard expire a year after sign-up
        var applicant = item("APPLICANT#" + id, "APPLICANT");
        long expires = Long.parseLong(applicant.get(Keys.TTL).n());
        assertTrue(expires >= before.plus(RETENTION).getEpochSecond() && expires <= after.plus(RETENTION).getEpochSecond() + 1,
                "applicant TTL one year after sign-up: " + expires);
        String guardPk = "EMAIL#" + nl.intervisie.applicants.ApplicantItems.emailHash(email);
        var guard = item(guardPk, "EMAIL");
        assertEquals(applicant.get(Keys.TTL), guard.get(Keys.TTL), "the guard expires with the application");
        assertFalse(guard.toString().contains(email), "the guard holds a hash, not the address");

        // export: the person's data as JSON, offered as a download
        var export = server.send(server.asAdmin("/api/admin/applicants/" + id + "/export"));
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        Map<String, Object> exported = json(export.body());
        assertEquals(email, ((Map<String, Object>) exported.get("applicant")).get("email"));
        assertEquals(expires, ((Number) ((Map<String, Object>) exported.get("applicant")).get(Keys.TTL)).longValue());

        // erase: everything goes, and the address is free again
        var erase = server.send(server.asAdmin("/api/admin/applicants/" + id).DELETE());
        assertEquals(200, erase.statusCode(), erase.body());
        assertTrue(item("APPLICANT#" + id, "APPLICANT").isEmpty());
        assertTrue(item(guardPk, "EMAIL").isEmpty());
        assertEquals(404, server.send(server.asAdmin("/api/admin/applicants/" + id)).statusCode());
        String again = idOf(signUp(email));
        assertFalse(again.equals(id));
        assertFalse(item(guardPk, "EMAIL").isEmpty(), "a new application with the same address was stored");
    }
}
