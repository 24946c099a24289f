package nl.intervisie.signup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.mail.Mail;
import nl.intervisie.store.Keys;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.intervisie.signup.OptInFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Double opt-in on DynamoDB Local: a sign-up waits unconfirmed, the address gets one mail with nothing the sender
 * typed, and only following the link (and pressing its button) makes it an application.
 */
class DoubleOptInTest {
    final OptInFixture f = new OptInFixture();

    static final Map<String, Object> PHISHING = phishing();

    /** The case: a stranger's text in every free field and someone else's address. */
    static Map<String, Object> phishing() {
        Map<String, Object> b = new LinkedHashMap<>(SignupHandlerTest.body());
        b.put("name", "klant, uw account is geblokkeerd. Herstel via https://herstel.example.net");
        b.put("email", "victim@minbzk.nl");
        b.put("organisation", "Bel 0900-1234 om uw account te herstellen");
        b.put("role", "Log in op https://herstel.example.net");
        b.put("place", "Klik hier herstel.example.net");
        b.put("remarks", "Uw wachtwoord verloopt vandaag");
        b.put("avoid", "Helpdesk herstel.example.net");
        b.put("remarks", b.get("remarks") + ". Dringend: uw account wordt verwijderd");
        return b;
    }

    static final List<String> TYPED = List.of("klant", "geblokkeerd", "herstel", "Herstel", "0900", "Log in",
            "Klik", "wachtwoord", "Helpdesk", "Dringend", "example.net");

    private static void assertNothingTyped(Mail mail) {
        for (String typed : TYPED) {
            assertFalse(mail.subject().contains(typed) || mail.text().contains(typed),
                    "\"" + typed + "\" in the mail to " + mail.to() + ": " + mail.text());
        }
    }

    private Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key) {
        return TestDynamo.client().getItem(b -> b.tableName(f.table).key(key).consistentRead(true)).item();
    }

    @Test
    void aSignUpIsKeptUnconfirmedFor48HoursAndCountsNowhere() {
        APIGatewayV2HTTPResponse answer = f.postJson(SignupHandlerTest.body());
        assertEquals(202, answer.getStatusCode(), answer.getBody());
        assertEquals("{\"confirmation\":\"/aanmelden/bedankt.html\"}", answer.getBody());
        List<Applicant> unconfirmed = f.store.listByStatus(ApplicantStatus.UNCONFIRMED);
        assertEquals(1, unconfirmed.size());
        Applicant a = unconfirmed.getFirst();
        long in48h = NOW.plus(Duration.ofHours(48)).getEpochSecond();
        assertEquals(in48h, Long.parseLong(item(ApplicantItems.key(a.id())).get(Keys.TTL).n()));
        assertEquals(in48h, Long.parseLong(item(ApplicantItems.emailGuardKey(a.email())).get(Keys.TTL).n()));
        assertEquals(List.of(), f.store.listByStatus(ApplicantStatus.WAITING), "not on the waiting list");
        assertEquals(List.of(), f.store.listByStatus(ApplicantStatus.NEEDS_REVIEW), "not in review");
        assertEquals(List.of(), f.wiring.applicantReview().list(null), "not on the coordinators' list");

        assertEquals(1, f.sent.size(), "one mail, to the address only (no coordinator notice yet)");
        Mail mail = f.sent.getFirst();
        assertEquals("anna.de.vries@minbzk.nl", mail.to());
        assertEquals("Bevestig je aanmelding voor intervisie", mail.subject());
        assertFalse(mail.text().contains("Anna"), "no name in the greeting: " + mail.text());
        assertTrue(mail.text().startsWith("Goedendag,"));
        assertTrue(OptInFixture.link(mail, "confirm").startsWith("/api/confirm/confirm."));
        assertFalse(mail.text().contains("Beantwoord"), "asks for no reply while no contact address is set");
        assertTrue(mail.text().contains(OptInFixture.SITE + "/contact.html"));

        f.clock.advance(Duration.ofHours(48));
        assertEquals(List.of(), f.store.listByStatus(ApplicantStatus.UNCONFIRMED), "gone after 48 hours");
    }

    @Test
    void openingTheLinkChangesNothingAndTheButtonConfirms() {
        f.postJson(SignupHandlerTest.body());
        String link = OptInFixture.link(f.sent.getFirst(), "confirm");
        var scanned = f.get(link);
        assertEquals(200, scanned.getStatusCode());
        assertTrue(scanned.getBody().contains("<form method=\"post\" action=\"" + link + "\">"), scanned.getBody());
        assertTrue(scanned.getBody().contains("Mijn aanmelding bevestigen"));
        assertEquals("no-referrer", scanned.getHeaders().get("Referrer-Policy"));
        f.get(link);
        assertEquals(1, f.store.listByStatus(ApplicantStatus.UNCONFIRMED).size(), "opening alone confirms nothing");
        assertEquals(1, f.sent.size());

        var confirmed = f.post(link, Map.of());
        assertEquals(200, confirmed.getStatusCode());
        assertTrue(confirmed.getBody().contains("Je aanmelding is bevestigd"));
        Applicant a = f.store.listByStatus(ApplicantStatus.WAITING).getFirst();
        assertEquals(List.of(), f.store.listByStatus(ApplicantStatus.UNCONFIRMED));
        long inAYear = NOW.plus(Duration.ofDays(365)).getEpochSecond();
        assertEquals(inAYear, Long.parseLong(item(ApplicantItems.key(a.id())).get(Keys.TTL).n()));
        assertEquals(inAYear, Long.parseLong(item(ApplicantItems.emailGuardKey(a.email())).get(Keys.TTL).n()));
        assertEquals(1, f.wiring.applicantReview().list(null).size(), "now on the coordinators' list");

        assertEquals(3, f.sent.size());
        Mail welcome = f.sent.get(1);
        assertEquals(a.email(), welcome.to());
        assertTrue(welcome.text().contains(a.reference()));
        assertTrue(OptInFixture.link(welcome, "me").startsWith("/api/me/self."));
        Mail notice = f.sent.get(2);
        assertEquals(OptInFixture.COORDINATOR, notice.to());
        assertTrue(notice.text().contains(a.reference()) && !notice.text().contains("Anna"));

        var again = f.post(link, Map.of());
        assertEquals(200, again.getStatusCode());
        assertTrue(again.getBody().contains("Al bevestigd"));
        assertEquals(3, f.sent.size(), "confirming twice tells no one twice");
    }

    @Test
    void withoutBothConditionsTheConfirmedApplicationGoesToReview() {
        Map<String, Object> b = SignupHandlerTest.body();
        b.put("appointed", false);
        b.put("lang", "en");
        f.postJson(b);
        Mail mail = f.sent.getFirst();
        assertEquals("Please confirm your sign-up for intervision", mail.subject());
        String link = OptInFixture.link(mail, "confirm");
        assertTrue(link.endsWith("?lang=en"), link);
        var page = f.post(link, Map.of());
        assertTrue(page.getBody().contains("<html lang=\"en\">"));
        assertTrue(page.getBody().contains("intake conversation"));
        assertEquals(1, f.store.listByStatus(ApplicantStatus.NEEDS_REVIEW).size());
        assertTrue(f.sent.get(1).text().contains("intake conversation"));
    }

    @Test
    void thePhishingCaseMailsNoSendersTextAtAnyStep() {
        f.postJson(PHISHING);                                     // new: the confirmation mail
        f.postJson(PHISHING);                                     // again, unconfirmed: the link again
        f.post(OptInFixture.link(f.sent.getFirst(), "confirm"), Map.of()); // the owner confirms
        Map<String, Object> other = new LinkedHashMap<>(PHISHING);
        other.put("name", "Uw sessie is verlopen, herstel via https://herstel.example.net");
        f.postJson(other);                                        // confirmed: "already signed up" (capped at 3)
        assertEquals(List.of("victim@minbzk.nl", "victim@minbzk.nl", "victim@minbzk.nl", OptInFixture.COORDINATOR,
                "victim@minbzk.nl"), f.sent.stream().map(Mail::to).toList());
        f.sent.forEach(DoubleOptInTest::assertNothingTyped);
        assertTrue(f.sent.get(4).text().contains("Je was al aangemeld"), f.sent.get(4).text());
    }

    @Test
    void atMostThreeMailsAPerAddressADayWithTheSameAnswerEveryTime() {
        List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            var r = f.postJson(SignupHandlerTest.body());
            answers.add(r.getStatusCode() + " " + r.getBody());
        }
        assertEquals(1, answers.stream().distinct().count(), answers.toString());
        assertEquals(3, f.sent.size(), "capped");
        assertEquals(1, f.store.listByStatus(ApplicantStatus.UNCONFIRMED).size());
        Map<String, Object> otherAddress = SignupHandlerTest.body();
        otherAddress.put("email", "someone.else@minbzk.nl");
        f.postJson(otherAddress);
        assertEquals(4, f.sent.size(), "the cap is per address");

        f.clock.advance(Duration.ofDays(1));
        f.postJson(SignupHandlerTest.body());
        assertEquals(5, f.sent.size(), "a new day, a new allowance");
    }

    @Test
    void everyCaseGetsTheSameAnswer() {
        Map<String, Object> honeypot = SignupHandlerTest.body();
        honeypot.put("website", "http://spam.example");
        honeypot.put("email", "bot@minbzk.nl");
        var fresh = f.postJson(SignupHandlerTest.body());
        var known = f.postJson(SignupHandlerTest.body());
        var bot = f.postJson(honeypot);
        for (var r : List.of(known, bot)) {
            assertEquals(fresh.getStatusCode(), r.getStatusCode());
            assertEquals(fresh.getBody(), r.getBody());
        }
        assertFalse(f.sent.stream().anyMatch(m -> m.to().equals("bot@minbzk.nl")), "the honeypot mails nothing");
        Map<String, String> form = new LinkedHashMap<>(SignupValidatorTest.valid());
        form.put("lang", "en");
        var plain = f.postForm(f.signup, "/api/signup", form);
        assertEquals(303, plain.getStatusCode());
        assertEquals("/api/signup/confirmation?lang=en", plain.getHeaders().get("Location"));
    }

    @Test
    void anExpiredConfirmationLinkSaysSoAndTheAddressCanSignUpAgain() {
        f.postJson(SignupHandlerTest.body());
        String link = OptInFixture.link(f.sent.getFirst(), "confirm");
        f.clock.advance(Duration.ofHours(49));
        assertEquals(410, f.get(link).getStatusCode(), "the link's page already says it expired");
        var page = f.post(link, Map.of());
        assertEquals(410, page.getStatusCode());
        assertTrue(page.getBody().contains("Deze link werkt niet meer"));
        assertEquals(List.of(), f.store.listByStatus(ApplicantStatus.WAITING));
        f.postJson(SignupHandlerTest.body());
        assertEquals(1, f.store.listByStatus(ApplicantStatus.UNCONFIRMED).size(), "a fresh sign-up replaces the expired one");
        assertEquals("Bevestig je aanmelding voor intervisie", f.sent.getLast().subject());
    }

    @Test
    void aTamperedForeignOrRevokedConfirmationLinkConfirmsNothing() {
        f.postJson(SignupHandlerTest.body());
        String link = OptInFixture.link(f.sent.getFirst(), "confirm");
        String id = f.store.listByStatus(ApplicantStatus.UNCONFIRMED).getFirst().id();
        String tampered = link.replace(id, id.substring(0, id.length() - 1) + (id.endsWith("a") ? "b" : "a"));
        String selfToken = "/api/confirm/" + f.links.selfServicePath(id, "nl").substring("/api/me/".length());
        for (String bad : List.of(tampered, selfToken, "/api/confirm/x", "/api/confirm/confirm.abc.1.%3Cscript%3E")) {
            var page = f.post(bad, Map.of());
            assertEquals(404, page.getStatusCode(), bad);
            assertTrue(page.getBody().contains("Deze link klopt niet"), bad);
            var opened = f.get(bad);
            assertEquals(404, opened.getStatusCode(), bad);
            assertFalse(opened.getBody().contains("<form method=\"post\""), "no button on a bad link: " + bad);
        }
        f.rotateKey();
        assertEquals(404, f.post(link, Map.of()).getStatusCode(), "rotating the key revokes the link");
        assertEquals(1, f.store.listByStatus(ApplicantStatus.UNCONFIRMED).size());
        assertEquals(1, f.sent.size());
    }
}
