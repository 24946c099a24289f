package nl.intervisie.attendance;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Language;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static nl.intervisie.attendance.Fixture.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A participant's statement: the right meetings and totals, a safe printable page. */
class StatementTest {
    private final Fixture f = new Fixture();
    private final AttendanceHandler handler = f.handler(
            new AuditLog(TestDynamo.client(), f.table, Clock.fixed(Fixture.NOW, ZoneOffset.UTC)));

    @BeforeEach
    void fourYearsOfMeetings() {
        f.group("utrecht-1");
        f.member("utrecht-1", "a1", "2022-01-01", "2026-09-01"); // left in September: keeps the history
        f.member("utrecht-1", "a2", "2022-01-01", null);
        f.applicant("a1", "<script>alert(1)</script> Zoë Eliëns");
        f.applicant("a2", "Bram");
        // 2023: 2 × 3 h; 2024: none; 2025: 1 × 2,5 h present + 1 excused; 2026: 3 × 3 h (one after a1 left)
        record("2023-03-01", "13:00", "16:00", "present");
        record("2023-06-01", "13:00", "16:00", "present");
        record("2025-03-01", "13:00", "15:30", "present");
        record("2025-06-01", "13:00", "16:00", "excused");
        record("2026-02-01", "09:00", "12:00", "present");
        record("2026-05-01", "09:00", "12:00", "present");
        record("2026-08-01", "09:00", "12:00", "present");
        f.record("utrecht-1", "2026-10-01", body("09:00", "12:00", "balint", "Bert", "a2", "present"));
    }

    private void record(String date, String start, String end, String a1Status) {
        f.record("utrecht-1", date, body(start, end, "incidentmethode", "Anne", "a1", a1Status, "a2", "present"));
    }

    @Test
    void yearStatementCountsTheYearAndHoursOverThePeriod() {
        var s = f.service.statement("a1", "2026", null, null, Language.NL);
        assertEquals(List.of("2026-02-01", "2026-05-01", "2026-08-01"), s.attended().stream().map(m -> m.date().toString()).toList());
        assertEquals(Map.of(2026, 3), s.meetingsPerYear());
        assertEquals("2023-01-01", s.hoursFrom().toString());
        assertEquals(6 * 60 + 150 + 9 * 60, s.hoursWindowMinutes()); // 2023..2026, excused not counted
    }

    @Test
    void periodStatementListsEveryYear() {
        var s = f.service.statement("a1", null, "2023-01-01", "2026-12-31", Language.NL);
        assertEquals(6, s.attended().size());
        assertEquals(Map.of(2023, 2, 2024, 0, 2025, 1, 2026, 3), s.meetingsPerYear());
        assertEquals(6 * 60 + 150 + 9 * 60, s.hoursWindowMinutes());
        var e = assertThrows(ApiException.class, () -> f.service.statement("a1", "2026", "2023-01-01", "2026-12-31", Language.NL));
        assertEquals(400, e.status());
        assertEquals(400, assertThrows(ApiException.class,
                () -> f.service.statement("a1", null, "2026-12-31", "2023-01-01", Language.NL)).status());
        assertEquals(400, assertThrows(ApiException.class,
                () -> f.service.statement("a1", null, "2026-01-01", null, Language.NL)).status());
        assertEquals(404, assertThrows(ApiException.class,
                () -> f.service.statement("nobody", "2026", null, null, Language.NL)).status());
    }

    @Test
    void thePageIsEscapedPrintableAndFreeOfInlineCode() {
        APIGatewayV2HTTPEvent event = Events.asCoordinator(Events.request("GET", "/api/admin/attendance/statements/a1"));
        event.setQueryStringParameters(Map.of("year", "2026"));
        var response = handler.handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(response.getHeaders().get("Content-Type").startsWith("text/html"));
        assertTrue(response.getHeaders().get("Content-Security-Policy").contains("style-src 'self'"));
        String html = response.getBody();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/css/statement.css\">"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Zoë Eliëns"));
        assertFalse(html.contains("<script"), "no script at all");
        assertFalse(Pattern.compile("\\sstyle=|<style|\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no inline style or handlers");
        assertTrue(html.contains("<td>01-02-2026</td><td>Utrecht 1</td><td>Incidentmethode</td><td>09:00–12:00</td>"
                + "<td class=\"statement__number\">3</td><td>Anne</td>"), html);
        assertTrue(html.contains("2026: 3 bijeenkomsten (norm: ten minste 3 per jaar) — <strong class=\"statement__met\">voldaan</strong>"), html);
        assertTrue(html.contains(": 17,5 uur (norm: 32 uur per 4 jaar) — nog niet voldaan"), html);
        assertFalse(html.contains("2026-10-01") || html.contains("01-10-2026"), "a meeting after leaving is not theirs");
        // The site's layout (templates/layout.ftl): logo, menu (no item is this page), footer, and a language
        // switch to the same statement in English.
        assertTrue(html.contains("<img class=\"site-name__logo\" src=\"/img/logo.svg\""), html);
        assertTrue(html.contains("<nav class=\"wrap site-nav\" aria-label=\"Hoofdmenu\">") && !html.contains("aria-current"));
        assertTrue(html.contains("<a class=\"language-switch\" href=\"/api/admin/attendance/statements/a1?year=2026&amp;lang=en\""), html);
        assertTrue(html.contains("<a href=\"/toegankelijkheid.html\">Toegankelijkheidsverklaring</a>"));

        event.getHeaders().put("accept-language", "en");
        String english = handler.handleRequest(event, null).getBody();
        assertTrue(english.contains("<html lang=\"en\">") && english.contains("Incident method") && english.contains("17.5 hours"));
    }

    /** What runs during a SnapStart INIT (Page.snapshotting()): it must render, or the function would not start. */
    @Test
    void thePrimingRenderWorks() {
        String html = new StatementPage(f.service).prime();
        assertTrue(html.contains("<td colspan=\"6\">Geen bijeenkomsten in deze periode.</td>"), html);
        assertTrue(html.contains("2026: 0 bijeenkomsten"), html);
    }

    @Test
    void handlerAnswersForStatementsAndCsv() {
        assertEquals(401, handler.handleRequest(Events.request("GET", "/api/admin/attendance/statements/a1"), null).getStatusCode());
        assertEquals(404, handler.handleRequest(Events.asCoordinator(
                Events.request("GET", "/api/admin/attendance/statements/unknown")), null).getStatusCode());
        var csvEvent = Events.asCoordinator(Events.request("GET", "/api/admin/attendance/reports/2026"));
        csvEvent.setQueryStringParameters(Map.of("format", "csv"));
        var csv = handler.handleRequest(csvEvent, null);
        assertEquals(200, csv.getStatusCode());
        assertEquals("text/csv; charset=utf-8", csv.getHeaders().get("Content-Type"));
        assertEquals("attachment; filename=\"aanwezigheid-2026.csv\"", csv.getHeaders().get("Content-Disposition"));
        List<List<String>> rows = Csv.parse(csv.getBody());
        assertEquals(3, rows.size());
        var a1 = rows.stream().filter(r -> r.get(0).equals("a1")).findFirst().orElseThrow();
        assertEquals(List.of("a1", "<script>alert(1)</script> Zoë Eliëns", "utrecht-1", "3", "0", "0", "9", "3", "ja"), a1);
        csvEvent.setQueryStringParameters(Map.of("format", "xlsx"));
        assertEquals(400, handler.handleRequest(csvEvent, null).getStatusCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonReportSaysWhatTheCsvSays() {
        var jsonEvent = Events.asCoordinator(Events.request("GET", "/api/admin/attendance/reports/2026"));
        var json = handler.handleRequest(jsonEvent, null);
        assertEquals(200, json.getStatusCode(), json.getBody());
        Map<String, Object> body = nl.intervisie.http.Json.parseObject(json.getBody(), Language.NL);
        assertEquals(2026, ((Number) body.get("year")).intValue());
        var participants = (List<Map<String, Object>>) body.get("participants");
        var csvEvent = Events.asCoordinator(Events.request("GET", "/api/admin/attendance/reports/2026"));
        csvEvent.setQueryStringParameters(Map.of("format", "csv"));
        List<List<String>> csv = Csv.parse(handler.handleRequest(csvEvent, null).getBody());
        assertEquals(csv.size() - 1, participants.size());
        for (int i = 0; i < participants.size(); i++) {
            Map<String, Object> p = participants.get(i);
            List<String> line = csv.get(i + 1);
            assertEquals(line.get(0), p.get("applicantId"));
            assertEquals(List.of(line.get(3), line.get(4), line.get(5), line.get(7)),
                    List.of(p.get("attended").toString(), p.get("excused").toString(), p.get("absent").toString(),
                            p.get("required").toString()));
            assertEquals(0, new java.math.BigDecimal(line.get(6).replace(',', '.'))
                    .compareTo(new java.math.BigDecimal(p.get("hours").toString())));
            assertEquals(line.get(8).equals("ja"), p.get("met"));
        }
        // a1: three meetings in 2026 before leaving, 9 hours: meets the rule of 3.
        Map<String, Object> a1 = participants.stream().filter(p -> p.get("applicantId").equals("a1")).findFirst().orElseThrow();
        assertEquals(List.of(3, true), List.of(((Number) a1.get("attended")).intValue(), a1.get("met")));
    }

    /** The obligation is configuration: other settings give other outcomes from the same stored attendance. */
    @Test
    void theRulesAreSettings() {
        Map<String, String> settings = Map.of("ATTENDANCE_MEETINGS_PER_YEAR", "4", "ATTENDANCE_HOURS_PER_PERIOD", "10",
                "ATTENDANCE_PERIOD_YEARS", "2");
        settings.forEach(System::setProperty);
        AttendanceRules configured;
        try {
            configured = AttendanceRules.fromConfig();
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
        assertEquals(new AttendanceRules(4, 10, 2), configured);
        assertEquals(new AttendanceRules(3, 32, 4), AttendanceRules.fromConfig(), "the defaults");

        var strict = new AttendanceService(f.store, Methods.load(), configured, Clock.fixed(Fixture.NOW, ZoneOffset.UTC), Map.of());
        var a1Default = f.service.yearReport(2026).rows().stream().filter(r -> r.applicantId().equals("a1")).findFirst().orElseThrow();
        var a1Strict = strict.yearReport(2026).rows().stream().filter(r -> r.applicantId().equals("a1")).findFirst().orElseThrow();
        assertTrue(a1Default.met());
        assertFalse(a1Strict.met(), "3 meetings do not meet a rule of 4");

        // The hours window of a year statement is the period ending with that year: 4 years by default, 2 here.
        var fourYears = f.service.statement("a1", "2026", null, null, Language.NL);
        var twoYears = strict.statement("a1", "2026", null, null, Language.NL);
        assertEquals(java.time.LocalDate.of(2023, 1, 1), fourYears.hoursFrom());
        assertEquals(2 * 180 + 150 + 3 * 180, fourYears.hoursWindowMinutes());
        assertEquals(java.time.LocalDate.of(2025, 1, 1), twoYears.hoursFrom());
        assertEquals(150 + 3 * 180, twoYears.hoursWindowMinutes());
    }
}
