package nl.intervisie.signup;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.mail.Mail;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The self-service link on DynamoDB Local: every action, and every link that must open nothing. */
class SelfServiceTest {
    final OptInFixture f = new OptInFixture();

    /** Signs up and confirms; returns the path of the self-service link of the confirmed mail (without ?lang=nl). */
    private String confirmed(String email) {
        Map<String, Object> b = SignupHandlerTest.body();
        b.put("email", email);
        f.postJson(b);
        f.post(OptInFixture.link(f.sent.getLast(), "confirm"), Map.of());
        Mail welcome = f.sent.stream().filter(m -> m.to().equals(email) && m.subject().contains("bevestigd")).findFirst().orElseThrow();
        String link = OptInFixture.link(welcome, "me");
        assertTrue(link.endsWith("?lang=nl"), link);
        return link.substring(0, link.indexOf('?'));
    }

    private Applicant person(String email) {
        return f.store.byEmail(email).orElseThrow();
    }

    private long items() {
        return TestDynamo.client().scan(b -> b.tableName(f.table)).count();
    }

    @Test
    void thePageShowsWhatIsStoredAndTheStatus() {
        String link = confirmed("anna.de.vries@minbzk.nl");
        var page = f.get(link);
        assertEquals(200, page.getStatusCode());
        String html = page.getBody();
        assertTrue(html.contains("Wacht op een plaats in een groep"), html);
        for (String stored : List.of("Anna de Vries", "anna.de.vries@minbzk.nl", "Jan Jansen, Dienst X", person("anna.de.vries@minbzk.nl").reference())) {
            assertTrue(html.contains(stored), stored);
        }
        assertTrue(html.contains("action=\"" + link + "/preferences?lang=nl\""));
        assertTrue(html.contains("action=\"" + link + "/withdraw?lang=nl\""));
        assertTrue(html.contains("action=\"" + link + "/erase?lang=nl\""));
        assertFalse(html.contains("/leave?"), "no leaving while not in a group");
        assertEquals("no-referrer", page.getHeaders().get("Referrer-Policy"));
        assertEquals("no-store", page.getHeaders().get("Cache-Control"));
    }

    @Test
    void whileWaitingPreferencesChangeAndAStaleFormWritesNothing() {
        String link = confirmed("anna.de.vries@minbzk.nl");
        Applicant before = person("anna.de.vries@minbzk.nl");
        Map<String, String> form = new LinkedHashMap<>(Map.of("version", Long.toString(before.version()),
                "mode", "online", "municipality", "", "language", "en", "availability", "monday-morning"));
        var done = f.post(link + "/preferences", form);
        assertEquals(303, done.getStatusCode(), done.getBody());
        assertEquals(link + "?lang=nl&done=preferences", done.getHeaders().get("Location"));
        Applicant after = person("anna.de.vries@minbzk.nl");
        assertEquals(List.of("online", "en", List.of("monday-morning"), before.version() + 1),
                List.of(after.mode(), after.language(), after.availability(), after.version()));
        assertEquals(before.name(), after.name());
        assertTrue(f.get(link + "?done=preferences").getBody().contains("Je voorkeuren zijn opgeslagen."));

        var stale = f.post(link + "/preferences", Map.of("version", Long.toString(before.version()), "mode", "online",
                "language", "nl", "availability", "any"));
        assertEquals(409, stale.getStatusCode());
        assertTrue(stale.getBody().contains("intussen gewijzigd"));
        assertEquals(after, person("anna.de.vries@minbzk.nl"), "nothing written");

        var invalid = f.post(link + "/preferences", Map.of("version", Long.toString(after.version()), "mode", "in-person",
                "language", "nl", "availability", "any", "municipality", "<script>x</script>"));
        assertEquals(400, invalid.getStatusCode());
        assertTrue(invalid.getBody().contains("Gebruik geen HTML of code"), invalid.getBody());
        assertFalse(invalid.getBody().contains("<script>x"));
        assertEquals(after, person("anna.de.vries@minbzk.nl"), "nothing written");
    }

    @Test
    void withdrawingDeletesTheApplicationAndItsGuardAndTheLinkThenOpensNothing() {
        String link = confirmed("anna.de.vries@minbzk.nl");
        Applicant a = person("anna.de.vries@minbzk.nl");
        int mails = f.sent.size();
        var done = f.post(link + "/withdraw", Map.of("version", Long.toString(a.version())));
        assertEquals(200, done.getStatusCode());
        assertTrue(done.getBody().contains("Je aanmelding is ingetrokken"));
        assertTrue(TestDynamo.client().getItem(b -> b.tableName(f.table).key(ApplicantItems.key(a.id()))).item().isEmpty());
        assertTrue(f.store.byEmail(a.email()).isEmpty());
        Mail notice = f.sent.get(mails);
        assertEquals(OptInFixture.COORDINATOR, notice.to());
        assertTrue(notice.text().contains("aanmelding ingetrokken") && notice.text().contains(a.reference()));
        var gone = f.get(link);
        assertEquals(410, gone.getStatusCode());
        assertFalse(gone.getBody().contains("Anna") || gone.getBody().contains("minbzk"));
    }

    @Test
    void erasureNeedsTheTickAndThenLeavesNothing() {
        String link = confirmed("anna.de.vries@minbzk.nl");
        Applicant a = person("anna.de.vries@minbzk.nl");
        var unsure = f.post(link + "/erase", Map.of());
        assertEquals(400, unsure.getStatusCode());
        assertTrue(unsure.getBody().contains("Vink aan"));
        assertTrue(f.store.get(a.id()).isPresent());
        var done = f.post(link + "/erase", Map.of("sure", "on"));
        assertEquals(200, done.getStatusCode(), done.getBody());
        assertTrue(done.getBody().contains("Je gegevens zijn gewist"));
        assertTrue(f.store.get(a.id()).isEmpty());
        assertTrue(f.store.byEmail(a.email()).isEmpty());
        String left = TestDynamo.client().scan(b -> b.tableName(f.table)).items().toString();
        assertFalse(left.contains("Anna") || left.contains("minbzk"), left);
        assertTrue(f.sent.getLast().text().contains("alle gegevens gewist"));
        assertEquals(410, f.get(link).getStatusCode());
    }

    @Test
    void placedPeopleLeaveTheirGroupAndGetTheirStatement() {
        String link = confirmed("anna.de.vries@minbzk.nl");
        Applicant a = person("anna.de.vries@minbzk.nl");
        new DynamoGroupStore(TestDynamo.client(), f.table).upsertFromCatalogue(new Group("g1", "Groep Utrecht", "Midden",
                "Utrecht", "Stadskantoor", "dinsdag", "4x per jaar", "nl", "in-person", "Anne", 9, 52.09, 5.12));
        TestDynamo.client().transactWriteItems(b -> b.transactItems(ApplicantItems.place(f.table, a.id(), a.version(), "g1", f.clock.instant())));
        assertEquals(MembershipStore.AddResult.ADDED, new DynamoMembershipStore(TestDynamo.client(), f.table)
                .add(new Membership("g1", a.id(), LocalDate.parse("2026-01-10"), null)));

        String html = f.get(link).getBody();
        assertTrue(html.contains("Lid van een groep"), html);
        assertTrue(html.contains("action=\"" + link + "/leave?lang=nl\""));
        assertFalse(html.contains("/withdraw?"), "placed: no withdrawing, leaving instead");
        assertTrue(html.contains("href=\"" + link + "/statement?lang=nl&amp;year=2026\""), html);

        var statement = f.get(link + "/statement?year=2026");
        assertEquals(200, statement.getStatusCode(), statement.getBody());
        assertTrue(statement.getBody().contains("Anna de Vries"));

        var stalePreferences = f.post(link + "/preferences", Map.of("version", "2", "mode", "online", "language", "nl"));
        assertEquals(409, stalePreferences.getStatusCode());

        var left = f.post(link + "/leave", Map.of());
        assertEquals(303, left.getStatusCode(), left.getBody());
        assertEquals(ApplicantStatus.LEFT, f.store.get(a.id()).orElseThrow().status());
        Mail notice = f.sent.getLast();
        assertEquals(OptInFixture.COORDINATOR, notice.to());
        assertTrue(notice.text().contains("groep verlaten") && notice.text().contains(a.reference()), notice.text());
        assertEquals(409, f.post(link + "/leave", Map.of()).getStatusCode(), "leaving twice");
        String after = f.get(link).getBody();
        assertTrue(after.contains("Je groep verlaten") && !after.contains("/leave?"), "left: the statement stays, leaving goes");
        assertTrue(after.contains("/statement?lang=nl&amp;year=2026"));
    }

    @Test
    void theExportHoldsEverythingStoredAboutThePersonOnly() {
        String link = confirmed("anna.de.vries@minbzk.nl");
        confirmed("someone.else@minbzk.nl");
        var export = f.get(link + "/export");
        assertEquals(200, export.getStatusCode());
        assertTrue(export.getHeaders().get("Content-Disposition").startsWith("attachment"));
        assertTrue(export.getBody().contains("anna.de.vries@minbzk.nl"));
        assertFalse(export.getBody().contains("someone.else"));
    }

    @Test
    void tamperedExpiredRevokedAndForeignLinksOpenNothing() {
        String link = confirmed("anna.de.vries@minbzk.nl");
        Applicant a = person("anna.de.vries@minbzk.nl");
        String other = confirmed("someone.else@minbzk.nl");
        String otherId = person("someone.else@minbzk.nl").id();
        String swapped = link.replace(a.id(), otherId);       // someone else's id under Anna's mac
        String confirm = OptInFixture.link(f.sent.getFirst(), "confirm");
        String confirmToken = "/api/me/" + confirm.substring("/api/confirm/".length(), confirm.indexOf('?'));
        for (String bad : List.of(swapped, confirmToken, link + "x", "/api/me/self", "/api/me/%3Cscript%3E")) {
            for (String path : List.of(bad, bad + "/export", bad + "/statement?year=2026")) {
                var page = f.get(path);
                assertEquals(404, page.getStatusCode(), path);
                assertTrue(page.getBody().contains("Deze link klopt niet"), path);
                assertFalse(page.getBody().contains("Anna") || page.getBody().contains("minbzk") || page.getBody().contains("<script>"), path);
            }
            assertEquals(404, f.post(bad + "/erase", Map.of("sure", "on")).getStatusCode());
        }
        assertTrue(f.store.get(a.id()).isPresent() && f.store.get(otherId).isPresent(), "nothing erased");
        assertEquals(200, f.get(other).getStatusCode());

        f.clock.advance(Duration.ofDays(31));
        var expired = f.get(link);
        assertEquals(410, expired.getStatusCode());
        assertTrue(expired.getBody().contains("Deze link is verlopen"));
        assertFalse(expired.getBody().contains("Anna"));

        String fresh = f.links.selfServicePath(a.id(), "nl").replace("?lang=nl", "");
        assertEquals(200, f.get(fresh).getStatusCode());
        f.rotateKey();
        var revoked = f.get(fresh);
        assertEquals(404, revoked.getStatusCode(), "rotating the key revokes every link");
        assertFalse(revoked.getBody().contains("Anna"));
    }

    @Test
    void englishLinksStayEnglish() {
        Map<String, Object> b = SignupHandlerTest.body();
        b.put("lang", "en");
        f.postJson(b);
        f.post(OptInFixture.link(f.sent.getLast(), "confirm"), Map.of());
        String link = OptInFixture.link(f.sent.stream().filter(m -> m.subject().contains("confirmed")).findFirst().orElseThrow(), "me");
        assertTrue(link.endsWith("?lang=en"));
        String html = f.get(link).getBody();
        assertTrue(html.contains("<html lang=\"en\">") && html.contains("Waiting for a place in a group"));
        String base = link.substring(0, link.indexOf('?'));
        assertTrue(html.contains("action=\"" + base + "/withdraw?lang=en\""), html);
    }
}
