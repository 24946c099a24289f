package nl.intervisie.planning;

import nl.intervisie.applicants.ApplicantBuilder;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.HandPlacement;
import nl.intervisie.links.SignedLinks;
import nl.intervisie.mail.Mail;
import nl.intervisie.signup.ApplicantLinks;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hand placement after a year was planned, on DynamoDB Local: the person's mail lists the coming dates with times
 * and place, the facilitator's first name, a calendar feed (which parses with ical4j and holds exactly the planned
 * meetings) and a working self-service link; the facilitator gets the name and address, only when the group has one.
 */
class PlacementMailsTest {
    private final PlanFixture f = new PlanFixture();
    private final List<Mail> mails = new ArrayList<>();
    private final DynamoApplicantStore applicants = new DynamoApplicantStore(TestDynamo.client(), f.table, f.clock);
    private final ApplicantLinks selfService = new ApplicantLinks(new SignedLinks(() -> PlanFixture.KEY, f.clock),
            "https://intervisie.example.nl");
    private final HandPlacement placement = new HandPlacement(f.groups, f.memberships, applicants, f.audit,
            new nl.intervisie.attendance.AttendanceRules(3, 32, 4), f.clock,
            new PlacementMails(mails::add, new UpcomingMeetings(f.plans, f.groups, f.memberships), f.links, selfService, f.clock,
                    new nl.intervisie.mail.MailContact(true, "https://intervisie.example.nl")));

    private void waiting(String id, String language) {
        Instant at = Instant.parse("2026-10-01T00:00:00Z");
        applicants.create(ApplicantBuilder.applicant(id).reference("IV-" + id.toUpperCase()).name("Zoë " + id)
                .organisation("Ministerie " + id).mode("in-person").place("Utrecht").language(language).createdAt(at)
                .build(), at.plusSeconds(365L * 86400));
    }

    private void place(String groupId, String applicantId) {
        placement.place(nl.intervisie.http.Caller.requireCoordinator(new nl.intervisie.http.ApiRequest(Events.asCoordinator(Events.request("POST", "/x")))), groupId,
                Map.of("applicantId", applicantId), nl.intervisie.http.Language.NL);
    }

    @Test
    void thePlacementMailListsTheDatesTheFacilitatorTheFeedAndTheSelfServiceLink() throws Exception {
        f.group("utrecht-1", "in-person");
        f.coordinator("POST", "/api/admin/groups/utrecht-1/planning/generate", "{\"year\":2027}");
        f.coordinator("PUT", "/api/admin/groups/utrecht-1/planning/2027-4", "{\"version\":1,\"cancelled\":true}");
        waiting("w1", "nl");
        place("utrecht-1", "w1");

        assertEquals(2, mails.size(), "the person and the facilitator");
        Mail person = mails.stream().filter(m -> m.to().equals("w1@example.org")).findFirst().orElseThrow();
        assertEquals("Je bent geplaatst in een intervisiegroep", person.subject());
        assertTrue(person.text().contains("Je begeleider is Anne"), person.text());
        List<PlannedMeeting> planned = f.plans.ofGroup("utrecht-1");
        var dutch = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));
        for (PlannedMeeting m : planned.subList(0, 3)) {
            String line = "- " + dutch.format(m.date()) + ", 13:30–16:30, Stadskantoor, Utrecht\n";
            assertTrue(person.text().contains(line), "lists " + line + " in\n" + person.text());
        }
        assertFalse(person.text().contains(dutch.format(planned.get(3).date())), "the cancelled date is not listed");
        assertTrue(person.text().contains("Vragen? Beantwoord deze e-mail"), person.text());

        Matcher feed = Pattern.compile("https://intervisie\\.example\\.nl(/api/calendar/\\S+)").matcher(person.text());
        assertTrue(feed.find(), person.text());
        var response = f.open(feed.group(1));
        assertEquals(200, response.getStatusCode());
        var calendar = new CalendarBuilder().build(new StringReader(response.getBody()));
        var uids = new TreeSet<String>();
        for (Component c : calendar.getComponents(Component.VEVENT)) {
            uids.add(c.getProperty(Property.UID).orElseThrow().getValue());
        }
        assertEquals(new TreeSet<>(planned.stream().map(CalendarFeed::uid).toList()), uids);

        Matcher self = Pattern.compile("https://intervisie\\.example\\.nl/api/me/([^?\\s]+)\\?lang=nl").matcher(person.text());
        assertTrue(self.find(), person.text());
        assertEquals("w1", selfService.checkSelf(self.group(1)).subject());

        Mail facilitator = mails.stream().filter(m -> m.to().equals("anne@example.org")).findFirst().orElseThrow();
        assertEquals("Nieuw lid in Groep utrecht-1", facilitator.subject());
        assertTrue(facilitator.text().startsWith("Beste Anne,"), facilitator.text());
        assertTrue(facilitator.text().contains("Zoë w1 is geplaatst") && facilitator.text().contains("E-mailadres: w1@example.org"),
                facilitator.text());
        assertTrue(facilitator.text().contains(", 13:30–16:30, Stadskantoor, Utrecht"));
    }

    @Test
    void withoutAFacilitatorAddressOnlyThePersonIsMailedAndWithoutAPlanTheMailSaysSo() {
        Group g = new Group("online-1", "Online 1", "Landelijk", "", "", "thursday", "evening", "6 times a year", "en",
                "online", "Sam", null, null, 9, 52.0, 5.0, "open");
        f.groups.upsertFromCatalogue(g);
        waiting("w2", "en");
        place("online-1", "w2");
        assertEquals(1, mails.size());
        Mail person = mails.get(0);
        assertEquals("You have a place in an intervision group", person.subject());
        assertTrue(person.text().contains("Your facilitator is Sam"), person.text());
        assertTrue(person.text().contains("No dates have been planned yet"), person.text());
        assertTrue(person.text().contains("/api/calendar/") && person.text().contains("/api/me/"), person.text());
    }
}
