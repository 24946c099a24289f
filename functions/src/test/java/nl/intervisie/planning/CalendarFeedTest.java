package nl.intervisie.planning;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar feed on DynamoDB Local, read back with ical4j: a parser independent of biweekly, which writes it. It
 * holds exactly the planned meetings (times as in Amsterdam), follows changes (same UID, higher SEQUENCE, cancelled
 * dates STATUS:CANCELLED), and stops for people who left or were erased, and for forged or expired links.
 */
class CalendarFeedTest {
    private static final String PLAN = "/api/admin/groups/utrecht-1/planning";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");
    private final PlanFixture f = new PlanFixture();

    @BeforeEach
    void groupWithAYear() {
        f.group("utrecht-1", "in-person");
        f.group("zwolle-1", "in-person");
        assertEquals(201, f.coordinator("POST", PLAN + "/generate", "{\"year\":2027}").getStatusCode());
        f.coordinator("POST", "/api/admin/groups/zwolle-1/planning/generate", "{\"year\":2027}");
        f.member("utrecht-1", "a1", "2026-11-01", null);
    }

    private String feedPath(String applicantId) {
        return f.links.url(applicantId).replace("https://intervisie.example.nl", "");
    }

    /** UID → the event, parsed by ical4j. */
    private Map<String, VEvent> parse(String text) throws Exception {
        var calendar = new CalendarBuilder().build(new StringReader(text));
        Map<String, VEvent> events = new TreeMap<>();
        for (Component c : calendar.getComponents(Component.VEVENT)) {
            VEvent e = (VEvent) c;
            events.put(e.getProperty(Property.UID).orElseThrow().getValue(), e);
        }
        return events;
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void theFeedHoldsExactlyTheGroupsPlannedMeetingsAtTheirDutchTimes() throws Exception {
        var response = f.open(feedPath("a1"));
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(response.getHeaders().get("Content-Type").startsWith("text/calendar"));
        Map<String, VEvent> events = parse(response.getBody());
        List<PlannedMeeting> planned = f.plans.ofGroup("utrecht-1");
        assertEquals(4, planned.size());
        assertEquals(planned.stream().map(CalendarFeed::uid).sorted().toList(), List.copyOf(events.keySet()),
                "exactly the planned meetings of their own group, nothing of zwolle-1");
        for (PlannedMeeting m : planned) {
            VEvent e = events.get(CalendarFeed.uid(m));
            Instant start = Instant.from(UTC.parse(value(e, Property.DTSTART)));
            Instant end = Instant.from(UTC.parse(value(e, Property.DTEND)));
            assertEquals(m.date().atTime(LocalTime.of(13, 30)).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(), start);
            assertEquals(Duration.ofHours(3), Duration.between(start, end));
            assertEquals("Stadskantoor, Utrecht", value(e, Property.LOCATION));
            assertEquals("0", value(e, Property.SEQUENCE));
            assertEquals("CONFIRMED", value(e, Property.STATUS));
            assertTrue(value(e, Property.SUMMARY).contains("Groep utrecht-1"));
        }
    }

    @Test
    void aChangeKeepsTheUidRaisesTheSequenceAndACancelledDateIsMarkedSo() throws Exception {
        assertEquals(200, f.coordinator("PUT", PLAN + "/2027-1",
                "{\"version\":1,\"date\":\"2027-02-16\",\"start\":\"14:00\",\"place\":\"Online\",\"link\":\"https://meet.example.org/u1\"}").getStatusCode());
        f.clock.advance(Duration.ofMinutes(5));
        assertEquals(200, f.coordinator("PUT", PLAN + "/2027-3", "{\"version\":1,\"cancelled\":true}").getStatusCode());
        Map<String, VEvent> events = parse(f.open(feedPath("a1")).getBody());
        assertEquals(4, events.size());
        VEvent moved = events.get("utrecht-1.2027-1" + CalendarFeed.UID_DOMAIN);
        assertEquals("20270216T130000Z", value(moved, Property.DTSTART), "14:00 in Amsterdam in winter");
        assertEquals("1", value(moved, Property.SEQUENCE));
        assertEquals("https://meet.example.org/u1", value(moved, Property.URL));
        VEvent cancelled = events.get("utrecht-1.2027-3" + CalendarFeed.UID_DOMAIN);
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        assertEquals("1", value(cancelled, Property.SEQUENCE));
        assertEquals("20261202T100500Z", value(cancelled, Property.LAST_MODIFIED));
    }

    @Test
    void aMemberSeesOnlyDatesFromTheDayTheyJoined() throws Exception {
        LocalDate second = f.plans.ofGroup("utrecht-1").get(1).date();
        f.member("utrecht-1", "late", second.toString(), null);
        Map<String, VEvent> events = parse(f.open(feedPath("late")).getBody());
        assertEquals(3, events.size());
    }

    @Test
    void theFeedOfSomeoneWhoLeftOrWasErasedOrOfABadLinkIsRefusedClearly() {
        f.member("utrecht-1", "gone", "2026-01-01", "2026-11-30");
        var left = f.open(feedPath("gone"));
        assertEquals(410, left.getStatusCode());
        assertTrue(left.getBody().contains("niet meer in een intervisiegroep"), left.getBody());
        assertTrue(left.getHeaders().get("Content-Type").startsWith("text/plain"));

        String erasedPath = feedPath("a1");
        TestDynamo.client().deleteItem(b -> b.tableName(f.table).key(nl.intervisie.applicants.ApplicantItems.key("a1")));
        assertEquals(410, f.open(erasedPath).getStatusCode());

        assertEquals(404, f.open("/api/calendar/calendar.a1.99999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").getStatusCode());
        assertEquals(404, f.open("/api/calendar/nonsense").getStatusCode());
        f.member("utrecht-1", "b2", "2026-11-01", null);
        String path = feedPath("b2");
        f.clock.advance(CalendarLinks.VALIDITY.plusDays(1));
        var expired = f.open(path);
        assertEquals(410, expired.getStatusCode());
        assertTrue(expired.getBody().contains("verlopen"));
    }
}
