package nl.intervisie.attendance;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.mail.Mail;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proof mails after a meeting is recorded through the API: who gets one, the totals in it, the statement link. */
class ProofMailsTest {
    private static final String GROUP = "/api/admin/groups/utrecht-1/meetings/";
    private final Fixture f = new Fixture();
    private final AttendanceHandler handler = f.handler(new AuditLog(TestDynamo.client(), f.table,
            Clock.fixed(Fixture.NOW, ZoneOffset.UTC)));

    @BeforeEach
    void groupWithMembers() {
        f.group("utrecht-1");
        f.member("utrecht-1", "a1", "2022-01-01", null);
        f.member("utrecht-1", "a2", "2022-01-01", null);
        f.member("utrecht-1", "a3", "2022-01-01", null);
        f.applicant("a1", "Zoë Eliëns");
        f.applicant("a2", "Bram de Vries");
        f.applicant("a3", "Carla Dijk");
    }

    private int put(String date, String start, String end, String method, String... idStatus) {
        StringBuilder attendance = new StringBuilder();
        for (int i = 0; i < idStatus.length; i += 2) {
            attendance.append(i == 0 ? "" : ",").append("{\"applicantId\":\"").append(idStatus[i])
                    .append("\",\"status\":\"").append(idStatus[i + 1]).append("\"}");
        }
        String body = "{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"method\":\"" + method
                + "\",\"facilitator\":\"Anne\",\"attendance\":[" + attendance + "]}";
        return handler.handleRequest(Events.asCoordinator(Events.json("PUT", GROUP + date, body)), null).getStatusCode();
    }

    private List<Mail> mailsTo(String id) {
        return f.mails.stream().filter(m -> m.to().equals(id + "@example.org")).toList();
    }

    @Test
    void everyonePresentGetsOneProofWithTheirOwnTotals() {
        // The history, as minutes per person: a1 was present 2023-05 (180), 2025-03 (150), 2026-02 (120);
        // a2 only 2026-02; a3 excused throughout.
        put("2023-05-10", "13:00", "16:00", "incidentmethode", "a1", "present", "a2", "absent", "a3", "excused");
        put("2025-03-10", "13:00", "15:30", "balint", "a1", "present", "a2", "absent", "a3", "excused");
        put("2026-02-10", "10:00", "12:00", "incidentmethode", "a1", "present", "a2", "present", "a3", "excused");
        f.mails.clear();

        assertEquals(201, put("2026-11-17", "13:30", "16:45", "incidentmethode", "a1", "present", "a2", "present",
                "a3", "excused"));
        assertEquals(2, f.mails.size(), "a1 and a2, not a3 (excused)");
        // Independent of the code: sums of the minutes above plus this meeting's 195.
        int a1Year = 120 + 195;
        int a1Period = 180 + 150 + 120 + 195; // 2023..2026
        Mail a1 = mailsTo("a1").get(0);
        assertEquals("Bewijs van deelname: intervisie Utrecht 1, 17-11-2026", a1.subject());
        assertTrue(a1.text().startsWith("Beste Zoë Eliëns,"), a1.text());
        assertTrue(a1.text().contains("dinsdag 17 november 2026"), a1.text());
        assertTrue(a1.text().contains("13:30–16:45 (3,25 uur)"), a1.text());
        assertTrue(a1.text().contains("Incidentmethode"), a1.text());
        assertTrue(a1.text().contains("Begeleider:   Anne"), a1.text());
        assertTrue(a1.text().contains("Je totaal in 2026: 2 bijeenkomsten, " + dutch(a1Year) + " uur"), a1.text());
        assertTrue(a1.text().contains("2023 – 2026: " + dutch(a1Period) + " van de 32 uur"), a1.text());
        Mail a2 = mailsTo("a2").get(0);
        assertTrue(a2.text().contains("Je totaal in 2026: 2 bijeenkomsten, " + dutch(120 + 195) + " uur"), a2.text());
        assertTrue(a2.text().contains("2023 – 2026: " + dutch(120 + 195) + " van de 32 uur"), a2.text());
        assertFalse(a1.text().contains("a1@example.org"), "the address is the recipient, not in the text");
        assertTrue(a1.text().contains("?lang=nl"), "the statement in the person's language, whatever their browser says");
        assertTrue(a1.text().contains("\nhttps://intervisie.example.nl/api/me/"), "the self-service link: " + a1.text());
        assertTrue(a1.text().contains("Vragen? Kijk op https://intervisie.example.nl/contact.html"), a1.text());
        System.out.println("ProofMailsTest: proof mail\n" + a1.subject() + "\n\n" + a1.text());
    }

    @Test
    void anUnchangedMeetingIsNotMailedTwiceAndACorrectionIs() {
        put("2026-11-17", "13:30", "16:30", "incidentmethode", "a1", "present", "a2", "present", "a3", "absent");
        assertEquals(2, f.mails.size());
        f.mails.clear();

        assertEquals(200, put("2026-11-17", "13:30", "16:30", "incidentmethode", "a1", "present", "a2", "present", "a3", "absent"));
        assertEquals(List.of(), f.mails, "the same meeting again: no duplicate proof");

        assertEquals(200, put("2026-11-17", "13:30", "17:00", "incidentmethode", "a1", "present", "a2", "present", "a3", "absent"));
        assertEquals(2, f.mails.size());
        assertTrue(mailsTo("a1").get(0).subject().startsWith("Gecorrigeerd bewijs van deelname"));
        assertTrue(mailsTo("a1").get(0).text().contains("13:30–17:00 (3,5 uur)"));
        f.mails.clear();

        // a2 was wrongly marked present, a3 was there: a2 hears the proof no longer applies, a3 gets a first proof.
        assertEquals(200, put("2026-11-17", "13:30", "17:00", "incidentmethode", "a1", "present", "a2", "absent", "a3", "present"));
        assertEquals(2, f.mails.size(), "a1's proof is unchanged");
        assertTrue(mailsTo("a2").get(0).subject().startsWith("Correctie:"));
        assertTrue(mailsTo("a2").get(0).text().contains("Je totaal in 2026: 0 bijeenkomsten, 0 uur"), mailsTo("a2").get(0).text());
        assertTrue(mailsTo("a3").get(0).subject().startsWith("Bewijs van deelname"));
    }

    @Test
    void englishMembersGetEnglishProofAndAnEnglishStatementLink() {
        f.applicant("a1", "Zoë Eliëns", "en");
        put("2026-11-17", "13:30", "16:30", "balint", "a1", "present", "a2", "excused", "a3", "absent");
        Mail mail = mailsTo("a1").get(0);
        assertEquals("Proof of attendance: intervision Utrecht 1, 17-11-2026", mail.subject());
        assertTrue(mail.text().contains("Tuesday 17 November 2026"), mail.text());
        assertTrue(mail.text().contains("(3 hours)"), mail.text());
        assertTrue(mail.text().contains("Your total in 2026: 1 meeting, 3 hours"), mail.text());
        assertTrue(mail.text().contains("?lang=en"), mail.text());
    }

    @Test
    void theLinkOpensTheStatementAndNothingElse() {
        put("2026-11-17", "13:30", "16:30", "incidentmethode", "a1", "present", "a2", "present", "a3", "absent");
        Matcher m = Pattern.compile("https://intervisie.example.nl(/api/statement/([^\\s?]+))").matcher(mailsTo("a1").get(0).text());
        assertTrue(m.find());
        APIGatewayV2HTTPResponse page = handler.handleRequest(Events.request("GET", m.group(1)), null);
        assertEquals(200, page.getStatusCode());
        assertTrue(page.getBody().contains("Zoë Eliëns"), "a1's own statement");
        assertFalse(page.getBody().contains("Bram de Vries"));
        assertEquals("no-store", page.getHeaders().get("Cache-Control"));

        String token = m.group(2);
        String otherPerson = token.replace("_a1.", "_a2.");
        assertNotEquals(token, otherPerson);
        assertEquals(404, handler.handleRequest(Events.request("GET", "/api/statement/" + otherPerson), null).getStatusCode());
        String otherYear = token.replace(".2026_", ".2025_");
        assertNotEquals(token, otherYear);
        assertEquals(404, handler.handleRequest(Events.request("GET", "/api/statement/" + otherYear), null).getStatusCode());
        assertEquals(404, handler.handleRequest(Events.request("GET", "/api/statement/nonsense"), null).getStatusCode());

        var later = new StatementLinks(() -> Fixture.KEY, Clock.fixed(Fixture.NOW.plus(Duration.ofDays(366)), ZoneOffset.UTC),
                Duration.ofDays(365), "https://intervisie.example.nl");
        assertTrue(later.check(token).expired(), "a year and a day later the link has expired");
        var otherKey = new StatementLinks(() -> "another-key-of-at-least-32-characters".getBytes(),
                Clock.fixed(Fixture.NOW, ZoneOffset.UTC), Duration.ofDays(365), "https://x");
        assertTrue(otherKey.check(token).link().isEmpty(), "signed with another key: refused");
    }

    @Test
    void noAddressNoMail() {
        f.applicantWithoutEmail("a3", "Carla Dijk");
        put("2026-11-17", "13:30", "16:30", "incidentmethode", "a1", "absent", "a2", "absent", "a3", "present");
        assertEquals(List.of(), f.mails);
    }

    private static String dutch(int minutes) {
        return Hours.dutch(minutes);
    }
}
