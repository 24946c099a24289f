package nl.intervisie.attendance;

import nl.intervisie.http.Language;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The year report on generated attendance, checked against a computation of its own; the CSV read back. */
class YearReportTest {
    private static final String[] STATUSES = {"present", "present", "present", "excused", "absent"};

    /** What the test generated: for each meeting its minutes and everyone's status (re-recordings overwrite). */
    private record Generated(int minutes, Map<String, String> statuses) {
    }

    @Test
    void reportMatchesAnIndependentCountOnRandomAttendance() {
        Fixture f = new Fixture();
        Random random = new Random(20261120);
        Map<String, List<Membership>> members = new LinkedHashMap<>();
        Set<String> erased = new TreeSet<>();
        Map<String, String> names = new HashMap<>();
        for (int g = 1; g <= 5; g++) {
            String group = "groep-" + g;
            f.group(group);
            List<Membership> list = new ArrayList<>();
            int size = 6 + random.nextInt(4);
            for (int i = 0; i < size; i++) {
                String id = "p" + g + "x" + i;
                LocalDate joined = LocalDate.of(2024, 6, 1).plusDays(random.nextInt(450));
                LocalDate left = random.nextInt(10) < 3 ? joined.plusDays(30 + random.nextInt(300)) : null;
                f.member(group, id, joined.toString(), left == null ? null : left.toString());
                list.add(new Membership(id, joined, left));
                if (random.nextInt(20) == 0) {
                    erased.add(id); // no applicant item: erased since
                } else {
                    String name = (i % 2 == 0 ? "Zoë " : "Jan ") + "Eliëns-" + g + i;
                    names.put(id, name);
                    f.applicant(id, name);
                }
            }
            members.put(group, list);
        }

        Map<String, Generated> recorded = new TreeMap<>(); // "group|date"
        for (var entry : members.entrySet()) {
            String group = entry.getKey();
            List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(2024, 11, 5), LocalDate.of(2026, 2, 3)));
            for (int k = 0; k < 4 + random.nextInt(3); k++) {
                dates.add(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)));
            }
            dates.add(LocalDate.of(2025, 12, 31)); // the year's last day belongs to it
            for (LocalDate date : dates) {
                int repeats = random.nextInt(4) == 0 ? 2 : 1; // some meetings are re-recorded with other facts
                for (int r = 0; r < repeats; r++) {
                    Map<String, String> statuses = new TreeMap<>();
                    for (Membership m : entry.getValue()) {
                        if (m.activeOn(date)) {
                            statuses.put(m.id(), STATUSES[random.nextInt(STATUSES.length)]);
                        }
                    }
                    if (statuses.isEmpty()) {
                        continue;
                    }
                    LocalTime start = LocalTime.of(9 + random.nextInt(8), 15 * random.nextInt(4));
                    int minutes = 60 + 15 * random.nextInt(13);
                    List<String> pairs = new ArrayList<>();
                    statuses.forEach((id, s) -> {
                        pairs.add(id);
                        pairs.add(s);
                    });
                    f.record(group, date.toString(), Fixture.body(start.toString(), start.plusMinutes(minutes).toString(),
                            "incidentmethode", "Anne", pairs.toArray(String[]::new)));
                    recorded.put(group + "|" + date, new Generated(minutes, statuses));
                }
            }
        }

        // The independent count: straight from what was generated, only 2025, only people who still exist.
        Map<String, int[]> expected = new TreeMap<>(); // attended, excused, absent, minutes
        Map<String, Set<String>> expectedGroups = new HashMap<>();
        recorded.forEach((key, meeting) -> {
            String group = key.substring(0, key.indexOf('|'));
            if (!key.contains("|2025-")) {
                return;
            }
            meeting.statuses().forEach((id, status) -> {
                if (erased.contains(id)) {
                    return;
                }
                int[] t = expected.computeIfAbsent(id, x -> new int[4]);
                switch (status) {
                    case "present" -> {
                        t[0]++;
                        t[3] += meeting.minutes();
                    }
                    case "excused" -> t[1]++;
                    default -> t[2]++;
                }
                expectedGroups.computeIfAbsent(id, x -> new TreeSet<>()).add(group);
            });
        });

        var report = f.service.yearReport(2025);
        Map<String, int[]> actual = new TreeMap<>();
        for (var row : report.rows()) {
            actual.put(row.applicantId(), new int[]{row.attended(), row.excused(), row.absent(), row.minutes()});
            assertEquals(names.get(row.applicantId()), row.name());
            assertEquals(List.copyOf(expectedGroups.get(row.applicantId())), row.groups());
            assertEquals(row.attended() >= 3, row.met());
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((id, t) -> assertEquals(List.of(t[0], t[1], t[2], t[3]),
                List.of(actual.get(id)[0], actual.get(id)[1], actual.get(id)[2], actual.get(id)[3]), id));
        assertTrue(report.rows().size() > 20, "the generated data is not trivial");
        assertTrue(report.rows().stream().anyMatch(AttendanceService.ReportRow::met));
        assertTrue(report.rows().stream().anyMatch(r -> !r.met()));

        // The CSV says the same, read back with a parser of the test's own.
        List<List<String>> csv = Csv.parse(ReportCsv.write(report, Language.NL));
        assertEquals(List.of("deelnemer-id", "naam", "groepen", "aanwezig", "afgemeld", "afwezig", "uren", "vereist", "voldaan"),
                csv.get(0));
        assertEquals(report.rows().size() + 1, csv.size());
        for (int i = 0; i < report.rows().size(); i++) {
            var row = report.rows().get(i);
            List<String> line = csv.get(i + 1);
            int[] t = expected.get(line.get(0));
            assertEquals(names.get(line.get(0)), line.get(1));
            assertEquals(String.join(", ", expectedGroups.get(line.get(0))), line.get(2));
            assertEquals(List.of(t[0], t[1], t[2]), List.of(Integer.parseInt(line.get(3)), Integer.parseInt(line.get(4)),
                    Integer.parseInt(line.get(5))));
            BigDecimal hours = new BigDecimal(line.get(6).replace(',', '.'));
            assertEquals(0, hours.compareTo(BigDecimal.valueOf(t[3]).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)),
                    line.get(0));
            assertEquals("3", line.get(7));
            assertEquals(row.met() ? "ja" : "nee", line.get(8));
        }
    }

    @Test
    void csvKeepsDutchCharactersAndDefusesFormulas() {
        var rules = Fixture.RULES;
        var rows = List.of(
                new AttendanceService.ReportRow("a1", "Zoë Eliëns", List.of("utrecht-1"), 3, 1, 0, 450, true),
                new AttendanceService.ReportRow("a2", "=HYPERLINK(\"http://x\";\"klik\")", List.of("g"), 1, 0, 0, 90, false),
                new AttendanceService.ReportRow("a3", "de Vries; \"Bram\"\r\nregel 2", List.of("g", "h"), 0, 0, 2, 0, false),
                new AttendanceService.ReportRow("a4", "-2+3", List.of("g"), 0, 0, 0, 0, false),
                new AttendanceService.ReportRow("a5", "@SUM(A1)", List.of("g"), 0, 0, 0, 0, false));
        String csv = ReportCsv.write(new AttendanceService.YearReport(2026, rules, rows), Language.NL);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        assertTrue(csv.endsWith("\r\n"));

        List<List<String>> parsed = Csv.parse(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(6, parsed.size());
        assertEquals(List.of("a1", "Zoë Eliëns", "utrecht-1", "3", "1", "0", "7,5", "3", "ja"), parsed.get(1));
        assertEquals("'=HYPERLINK(\"http://x\";\"klik\")", parsed.get(2).get(1));
        assertEquals("de Vries; \"Bram\"\r\nregel 2", parsed.get(3).get(1));
        assertEquals("g, h", parsed.get(3).get(2));
        assertEquals("'-2+3", parsed.get(4).get(1));
        assertEquals("'@SUM(A1)", parsed.get(5).get(1));
        assertEquals("1,5", parsed.get(2).get(6));
        for (List<String> line : parsed) {
            assertEquals(9, line.size());
            line.forEach(cell -> assertTrue(cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0, cell));
        }
    }

    /** A formula behind whitespace of any kind, or in full-width letters, is still a formula to a spreadsheet. */
    @Test
    void csvDefusesFormulasBehindAnyLeadingWhitespace() {
        List<String> names = List.of("\u00a0=1+1", "\t=cmd|' /C calc'!A0", " +1", "\r\n@SUM(A1)", "\u2003-2",
                "\u3000=A1", "\u202f=A1", "\u200b=A1", "\ufeff=A1", "\u2028=A1", "\uff1dA1", " \u00a0\t =A1", "\t");
        var rows = new java.util.ArrayList<AttendanceService.ReportRow>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(new AttendanceService.ReportRow("a" + i, names.get(i), List.of("g"), 0, 0, 0, 0, false));
        }
        rows.add(new AttendanceService.ReportRow("ok", "  Anne de Vries ", List.of("g"), 0, 0, 0, 0, false));
        List<List<String>> parsed = Csv.parse(ReportCsv.write(new AttendanceService.YearReport(2026, Fixture.RULES, rows),
                Language.NL));
        for (int i = 0; i < names.size(); i++) {
            assertEquals("'" + names.get(i), parsed.get(i + 1).get(1), "row " + i + " keeps its text behind an apostrophe");
        }
        assertEquals("  Anne de Vries ", parsed.get(names.size() + 1).get(1), "plain text stays as it is, spaces included");
    }

    @Test
    void theGuardLeavesOrdinaryTextAlone() {
        for (String text : List.of("", "Anne", "Zoë Eliëns", "van der Berg - Jansen", "a=b", "jan@example.org", "7,5")) {
            assertEquals(text, FormulaGuard.defuse(text));
        }
        assertEquals("", FormulaGuard.defuse(null));
    }

    /** Only what the report needs of a membership. */
    private record Membership(String id, LocalDate joined, LocalDate left) {
        boolean activeOn(LocalDate date) {
            return !date.isBefore(joined) && (left == null || date.isBefore(left));
        }
    }
}
