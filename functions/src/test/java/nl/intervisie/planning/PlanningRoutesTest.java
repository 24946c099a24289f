package nl.intervisie.planning;

import nl.intervisie.network.MeetingDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Planning on DynamoDB Local through the deployed routes: generate, add, edit, cancel, 409, bad input, roles. */
class PlanningRoutesTest {
    private static final String PLAN = "/api/admin/groups/utrecht-1/planning";
    private final PlanFixture f = new PlanFixture();

    @BeforeEach
    void group() {
        f.group("utrecht-1", "in-person");
        f.group("zwolle-1", "in-person");
        f.leads("utrecht-1", "anne");
    }

    @Test
    void aGeneratedYearHasTheSlotsTimesOnFourSpreadTuesdaysAvoidingHolidaysAndSummer() {
        var response = f.coordinator("POST", PLAN + "/generate", "{\"year\":2027}");
        assertEquals(201, response.getStatusCode(), response.getBody());
        var meetings = PlanFixture.meetings(response);
        assertEquals(4, meetings.size(), "the group's frequency: 4 keer per jaar");
        List<LocalDate> dates = new ArrayList<>();
        for (var m : meetings) {
            LocalDate d = LocalDate.parse((String) m.get("date"));
            dates.add(d);
            assertEquals(DayOfWeek.TUESDAY, d.getDayOfWeek());
            assertEquals(2027, d.getYear());
            assertTrue(MeetingDays.available(d), d + " is a holiday or in the summer break");
            assertEquals("13:30", m.get("start"));
            assertEquals("16:30", m.get("end"));
            assertEquals("Stadskantoor, Utrecht", m.get("place"));
            assertEquals(false, m.get("cancelled"));
        }
        for (int i = 1; i < dates.size(); i++) {
            long weeks = ChronoUnit.WEEKS.between(dates.get(i - 1), dates.get(i));
            assertTrue(weeks >= 9 && weeks <= 19, "evenly spread (the summer break not counted): " + dates);
        }
        assertEquals(List.of("2027-1", "2027-2", "2027-3", "2027-4"), meetings.stream().map(m -> m.get("id")).toList());
        assertEquals(4, f.planItems());
        assertEquals("plan.generate", f.audit.month("2026-12").get(0).action());
    }

    @Test
    void sixAYearAndEveningTimesWhenAsked() {
        var response = f.coordinator("POST", PLAN + "/generate", "{\"year\":2027,\"count\":6,\"start\":\"18:30\",\"end\":\"21:30\"}");
        assertEquals(201, response.getStatusCode(), response.getBody());
        var meetings = PlanFixture.meetings(response);
        assertEquals(6, meetings.size());
        assertTrue(meetings.stream().allMatch(m -> "18:30".equals(m.get("start")) && "21:30".equals(m.get("end"))));
    }

    @Test
    void generatingTheSameYearAgainIs409AndAddsNothing() {
        assertEquals(201, f.coordinator("POST", PLAN + "/generate", "{\"year\":2027}").getStatusCode());
        var again = f.coordinator("POST", PLAN + "/generate", "{\"year\":2027,\"count\":6}");
        assertEquals(409, again.getStatusCode());
        assertTrue(again.getBody().contains("Er is niets toegevoegd"), again.getBody());
        assertEquals(4, f.planItems());
    }

    @Test
    void twoParallelGenerationsGiveOneYearOnly() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> generate = () -> f.coordinator("POST", PLAN + "/generate", "{\"year\":2027}").getStatusCode();
            List<Future<Integer>> results = pool.invokeAll(List.of(generate, generate));
            List<Integer> codes = new ArrayList<>();
            for (var r : results) {
                codes.add(r.get());
            }
            codes.sort(Integer::compare);
            assertEquals(List.of(201, 409), codes);
            assertEquals(4, f.planItems());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIs400WithADutchMessageAndNothingIsWritten() {
        Map<String, String> bodies = Map.of(
                "{\"year\":2020}", "Kies een jaar",
                "{\"year\":2027,\"count\":40}", "Kies 1 tot en met 12",
                "{\"year\":2027,\"notes\":\"x\"}", "Dit veld bestaat niet",
                "{\"year\":2027,\"start\":\"25:00\"}", "begintijd",
                "{\"year\":2027,\"start\":\"16:00\",\"end\":\"15:00\"}", "De eindtijd moet na de begintijd",
                "{\"year\":2027,\"link\":\"http://meet.example.org/x\"}", "https://",
                "{\"year\":2027,\"place\":\"<script>\"}", "gewone tekst",
                "{\"year\":\"volgend\"}", "Kies een jaar");
        for (var entry : bodies.entrySet()) {
            var response = f.coordinator("POST", PLAN + "/generate", entry.getKey());
            assertEquals(400, response.getStatusCode(), entry.getKey());
            assertTrue(response.getBody().contains(entry.getValue()), entry.getKey() + " → " + response.getBody());
        }
        var past = f.coordinator("POST", PLAN, "{\"date\":\"2026-11-01\"}");
        assertEquals(400, past.getStatusCode());
        assertTrue(past.getBody().contains("al voorbij"), past.getBody());
        var notADate = f.coordinator("POST", PLAN, "{\"date\":\"2027-02-30\"}");
        assertEquals(400, notADate.getStatusCode());
        assertEquals(400, f.coordinator("POST", PLAN, "[1,2]").getStatusCode());
        assertEquals(400, f.coordinator("POST", PLAN, "{not json").getStatusCode());
        assertEquals(404, f.coordinator("POST", "/api/admin/groups/nope/planning", "{\"date\":\"2027-01-12\"}").getStatusCode());
        assertEquals(0, f.planItems());
    }

    @Test
    void aSingleDateGetsTheSlotsDefaultsAndCanBeEditedOnceAtTheVersionRead() {
        var added = f.coordinator("POST", PLAN, "{\"date\":\"2027-01-12\"}");
        assertEquals(201, added.getStatusCode(), added.getBody());
        var m = PlanFixture.body(added);
        assertEquals("13:30", m.get("start"));
        String path = PLAN + "/" + m.get("id");

        var edited = f.coordinator("PUT", path, "{\"version\":1,\"date\":\"2027-01-19\",\"start\":\"14:00\",\"end\":\"17:00\"}");
        assertEquals(200, edited.getStatusCode(), edited.getBody());
        assertEquals(2, ((Number) PlanFixture.body(edited).get("version")).intValue());

        var stale = f.coordinator("PUT", path, "{\"version\":1,\"place\":\"Elders\"}");
        assertEquals(409, stale.getStatusCode());
        assertTrue(stale.getBody().contains("Er is niets opgeslagen"), stale.getBody());
        var stored = f.plans.get("utrecht-1", (String) m.get("id")).orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 19), stored.date());
        assertEquals("Stadskantoor, Utrecht", stored.place(), "the stale edit wrote nothing");
        assertEquals(2, stored.version());

        var bad = f.coordinator("PUT", path, "{\"version\":2,\"end\":\"12:00\"}");
        assertEquals(400, bad.getStatusCode());
        assertEquals(2, f.plans.get("utrecht-1", (String) m.get("id")).orElseThrow().version());
        assertEquals(400, f.coordinator("PUT", path, "{\"date\":\"2027-01-26\"}").getStatusCode(), "no version");
        assertEquals(404, f.coordinator("PUT", PLAN + "/nope", "{\"version\":1}").getStatusCode());
    }

    @Test
    void cancellingKeepsTheDateMarkedCancelledAndIsAudited() {
        var meetings = PlanFixture.meetings(f.coordinator("POST", PLAN + "/generate", "{\"year\":2027}"));
        var cancelled = f.coordinator("PUT", PLAN + "/2027-2", "{\"version\":1,\"cancelled\":true}");
        assertEquals(200, cancelled.getStatusCode(), cancelled.getBody());
        assertEquals(true, PlanFixture.body(cancelled).get("cancelled"));
        var plan = PlanFixture.meetings(f.coordinator("GET", PLAN, null));
        assertEquals(4, plan.size());
        assertEquals(meetings.get(1).get("date"), plan.get(1).get("date"));
        assertEquals(true, plan.get(1).get("cancelled"));
        assertTrue(f.audit.month("2026-12").stream().anyMatch(e -> e.action().equals("plan.cancelled")));
        var unchanged = f.coordinator("PUT", PLAN + "/2027-2", "{\"version\":2,\"cancelled\":true}");
        assertEquals(200, unchanged.getStatusCode());
        assertEquals(2, ((Number) PlanFixture.body(unchanged).get("version")).intValue(), "no change, no new version");
    }

    @Test
    void theGroupsFacilitatorMayReadItsPlanOnly() {
        f.coordinator("POST", PLAN + "/generate", "{\"year\":2027}");
        var own = f.facilitator("anne", "GET", PLAN, null);
        assertEquals(200, own.getStatusCode());
        assertEquals(4, PlanFixture.meetings(own).size());
        assertEquals(403, f.facilitator("anne", "GET", "/api/admin/groups/zwolle-1/planning", null).getStatusCode());
        assertEquals(403, f.facilitator("anne", "POST", PLAN + "/generate", "{\"year\":2028}").getStatusCode());
        assertEquals(403, f.facilitator("anne", "PUT", PLAN + "/2027-1", "{\"version\":1,\"cancelled\":true}").getStatusCode());
        assertFalse(f.plans.get("utrecht-1", "2027-1").orElseThrow().cancelled());
        assertEquals(401, f.handler.handleRequest(nl.intervisie.testing.Events.request("GET", PLAN), null).getStatusCode());
    }
}
