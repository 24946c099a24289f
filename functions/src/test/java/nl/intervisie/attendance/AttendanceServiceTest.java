package nl.intervisie.attendance;

import nl.intervisie.http.ApiException;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static nl.intervisie.attendance.Fixture.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording, re-recording and listing meetings on DynamoDB Local. */
class AttendanceServiceTest {
    private final Fixture f = new Fixture();

    @BeforeEach
    void groupWithMembers() {
        f.group("utrecht-1");
        f.member("utrecht-1", "a1", "2025-01-01", null);
        f.member("utrecht-1", "a2", "2025-01-01", null);
        f.member("utrecht-1", "a3", "2025-01-01", "2026-06-01"); // left in June
        f.member("utrecht-1", "a4", "2026-09-01", null);         // joined in September
        for (String id : List.of("a1", "a2", "a3", "a4")) {
            f.applicant(id, "Persoon " + id);
        }
    }

    @Test
    void recordsAMeetingWithOneItemPerPersonAndListsIt() {
        var recorded = f.record("utrecht-1", "2026-03-10", body("13:30", "16:30", "incidentmethode", "Anne",
                "a1", "present", "a2", "excused", "a3", "absent"));
        assertTrue(recorded.created());

        var meetings = f.service.meetings("utrecht-1", "2026", Language.NL);
        assertEquals(1, meetings.size());
        Meeting m = meetings.get(0);
        assertEquals(LocalDate.parse("2026-03-10"), m.date());
        assertEquals(180, m.minutes());
        assertEquals(List.of(1, 1, 1), List.of(m.present(), m.excused(), m.absent()));
        assertEquals("Anne", m.facilitator());
        assertEquals(List.of(), f.service.meetings("utrecht-1", "2025", Language.NL));

        var meetingItem = f.items("MEETING").get(0);
        assertEquals("MEETINGS#2026", meetingItem.get("gsi1pk").s());
        assertEquals("2026-03-10#utrecht-1", meetingItem.get("gsi1sk").s());
        // kept until the end of the 4-year re-certification period after 2026
        assertEquals(LocalDate.parse("2031-01-01").atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC),
                Long.parseLong(meetingItem.get("expiresAt").n()));
        var attendance = f.items("ATTENDANCE");
        assertEquals(3, attendance.size());
        for (var item : attendance) {
            String id = item.get("applicantId").s();
            assertEquals("APPLICANT#" + id, item.get("gsi1pk").s(), "person-keyed for export/erasure");
            assertEquals("ATTENDANCE#2026-03-10#utrecht-1", item.get("gsi1sk").s());
            assertEquals("MEETING#2026-03-10#ATTENDEE#" + id, item.get("sk").s());
            assertEquals(id.equals("a1") ? "180" : "0", item.get("minutes").n());
            assertFalse(item.containsKey("notes"));
            // Exactly these attributes: keys, who, when, status, minutes, retention. Nowhere to put case content.
            assertEquals(java.util.Set.of("pk", "sk", "gsi1pk", "gsi1sk", "type", "groupId", "date", "applicantId", "status",
                    "minutes", "expiresAt"), item.keySet());
        }
        assertEquals(java.util.Set.of("pk", "sk", "gsi1pk", "gsi1sk", "type", "groupId", "date", "start", "end", "minutes",
                "method", "facilitator", "present", "excused", "absent", "version", "expiresAt"), meetingItem.keySet(),
                "the meeting item holds facts about the meeting only");
    }

    @Test
    void reRecordingReplacesWithoutDoubleCountingAndDropsPeopleNoLongerListed() {
        f.record("utrecht-1", "2026-03-10", body("13:30", "16:30", "incidentmethode", "Anne",
                "a1", "present", "a2", "present", "a3", "present"));
        // The coordinator learns a3 had left before March: the membership is corrected, the meeting re-recorded.
        f.member("utrecht-1", "a3", "2025-01-01", "2026-02-01");
        var again = f.record("utrecht-1", "2026-03-10", body("14:00", "16:00", "balint", "Bert",
                "a1", "present", "a2", "absent"));
        assertFalse(again.created());
        // Recording the same thing once more changes nothing.
        f.record("utrecht-1", "2026-03-10", body("14:00", "16:00", "balint", "Bert", "a1", "present", "a2", "absent"));

        assertEquals(1, f.items("MEETING").size());
        assertEquals(2, f.items("ATTENDANCE").size());
        var stored = f.service.meeting("utrecht-1", "2026-03-10", Language.NL);
        assertEquals(List.of(new Attendee("a1", AttendanceStatus.PRESENT), new Attendee("a2", AttendanceStatus.ABSENT)),
                stored.attendees());
        assertEquals(120, stored.meeting().minutes());
        assertEquals("balint", stored.meeting().method());
        assertEquals(3, stored.meeting().version());

        var report = f.service.yearReport(2026);
        assertEquals(List.of("a1", "a2"), report.rows().stream().map(AttendanceService.ReportRow::applicantId).toList());
        var a1 = report.rows().get(0);
        assertEquals(1, a1.attended());
        assertEquals(120, a1.minutes());
        assertEquals(0, report.rows().get(1).attended());
        assertEquals(1, report.rows().get(1).absent());
    }

    @Test
    void aStaleReplacementIsRefusedAndWritesNothing() {
        var first = f.record("utrecht-1", "2026-03-10", body("13:30", "16:30", "incidentmethode", "Anne",
                "a1", "present", "a2", "present", "a3", "present"));
        Meeting m = first.meeting();
        // Someone else re-recorded meanwhile (version 1 → 2); a writer still holding version 0 must not win.
        assertTrue(f.store.replace(m, 1, List.of(new Attendee("a1", AttendanceStatus.ABSENT)), Fixture.RULES.expiry(m.date())));
        assertFalse(f.store.replace(m, 0, List.of(new Attendee("a2", AttendanceStatus.ABSENT)), Fixture.RULES.expiry(m.date())));
        assertFalse(f.store.replace(m, 1, List.of(new Attendee("a2", AttendanceStatus.ABSENT)), Fixture.RULES.expiry(m.date())));
        assertEquals(List.of(new Attendee("a1", AttendanceStatus.ABSENT)), f.store.attendees("utrecht-1", m.date()));
    }

    @Test
    void peopleWhoLeftKeepTheirHistory() {
        f.record("utrecht-1", "2026-03-10", body("13:30", "16:30", "incidentmethode", "Anne",
                "a1", "present", "a2", "present", "a3", "present"));
        f.record("utrecht-1", "2026-10-06", body("13:30", "16:30", "incidentmethode", "Anne",
                "a1", "present", "a2", "present", "a4", "present"));
        var a3 = f.service.yearReport(2026).rows().stream().filter(r -> r.applicantId().equals("a3")).findFirst().orElseThrow();
        assertEquals(1, a3.attended());
        assertEquals(180, a3.minutes());
    }

    @Test
    void refusesBadInputWithAFieldAndWritesNothing() {
        Map<String, Object> good = body("13:30", "16:30", "incidentmethode", "Anne", "a1", "present", "a2", "present", "a3", "absent");
        assertRefused("date", () -> f.record("utrecht-1", "2026-11-21", good));           // tomorrow
        assertRefused("date", () -> f.record("utrecht-1", "2026-02-30", good));
        assertRefused("date", () -> f.record("utrecht-1", "10-03-2026", good));
        assertRefused("date", () -> f.record("utrecht-1", "2021-12-31", good));           // past its retention
        assertRefused("end", () -> f.record("utrecht-1", "2026-03-10", with(good, "end", "13:30")));
        assertRefused("end", () -> f.record("utrecht-1", "2026-03-10", with(good, "end", "25:00")));
        assertRefused("start", () -> f.record("utrecht-1", "2026-03-10", with(good, "start", 1330)));
        assertRefused("method", () -> f.record("utrecht-1", "2026-03-10", with(good, "method", "tarot")));
        assertRefused("facilitator", () -> f.record("utrecht-1", "2026-03-10", with(good, "facilitator", " ")));
        assertRefused("notes", () -> f.record("utrecht-1", "2026-03-10", with(good, "notes", "wat er besproken is")));
        assertRefused("attendance", () -> f.record("utrecht-1", "2026-03-10", with(good, "attendance", List.of())));
        assertRefused("attendance[2].status", () -> f.record("utrecht-1", "2026-03-10",
                body("13:30", "16:30", "balint", "Anne", "a1", "present", "a2", "present", "a3", "late")));
        // a4 joined in September: not a member in March
        assertRefused("attendance[3].applicantId", () -> f.record("utrecht-1", "2026-03-10",
                body("13:30", "16:30", "balint", "Anne", "a1", "present", "a2", "present", "a3", "absent", "a4", "present")));
        // a3 left in June: not a member in October
        assertRefused("attendance[2].applicantId", () -> f.record("utrecht-1", "2026-10-06",
                body("13:30", "16:30", "balint", "Anne", "a1", "present", "a2", "present", "a3", "present", "a4", "present")));
        assertRefused("attendance[2].applicantId", () -> f.record("utrecht-1", "2026-03-10",
                body("13:30", "16:30", "balint", "Anne", "a1", "present", "a2", "present", "a1", "absent", "a3", "absent")));
        // every member on that date must be accounted for
        assertRefused("attendance", () -> f.record("utrecht-1", "2026-03-10",
                body("13:30", "16:30", "balint", "Anne", "a1", "present", "a2", "present")));

        var unknownGroup = assertThrows(ApiException.class, () -> f.record("nergens", "2026-03-10", good));
        assertEquals(404, unknownGroup.status());
        assertEquals(0, f.items("MEETING").size());
        assertEquals(0, f.items("ATTENDANCE").size());
    }

    @Test
    void messagesAreEnglishWhenAsked() {
        var e = assertThrows(ApiException.class, () -> f.service.record("utrecht-1", "2026-03-10",
                body("13:30", "12:00", "balint", "Anne", "a1", "present"), Language.EN));
        assertEquals("The end time must be after the start time.", e.errors().get(0).message());
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static void assertRefused(String field, Supplier<?> action) {
        var e = assertThrows(ApiException.class, action::get);
        assertEquals(400, e.status());
        assertTrue(e.errors().stream().map(FieldError::field).anyMatch(field::equals),
                "expected an error on " + field + ", got " + e.errors());
        e.errors().forEach(err -> assertFalse(err.message().isBlank()));
    }
}
