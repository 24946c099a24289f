package nl.intervisie.attendance;

import nl.intervisie.groups.Membership;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.network.Calendar;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Meetings and attendance: recording (idempotent replace), listing, the year report and a participant's statement.
 * Only dates, times, method, facilitator's first name and present/excused/absent are kept: never case content.
 */
public final class AttendanceService {
    /** Dates are Dutch calendar dates: "in the future" means after today in the Netherlands. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_STATEMENT_YEARS = 10;

    private final AttendanceStore store;
    private final Methods methods;
    private final AttendanceRules rules;
    private final Clock clock;
    private final java.util.function.Function<String, String> groupNames;

    public AttendanceService(AttendanceStore store, Methods methods, AttendanceRules rules, Clock clock,
                             Map<String, String> groupNames) {
        this(store, methods, rules, clock, Map.copyOf(groupNames)::get);
    }

    /**
     * @param groupNames a group's name by id, null when unknown: read when needed, since coordinators create and
     *                   rename groups while a container lives
     */
    public AttendanceService(AttendanceStore store, Methods methods, AttendanceRules rules, Clock clock,
                             java.util.function.Function<String, String> groupNames) {
        this.store = store;
        this.methods = methods;
        this.rules = rules;
        this.clock = clock;
        this.groupNames = groupNames;
    }

    public AttendanceRules rules() {
        return rules;
    }

    public Methods methods() {
        return methods;
    }

    public String groupName(String groupId) {
        String name = groupNames.apply(groupId);
        return name == null ? groupId : name;
    }

    LocalDate today() {
        return Calendar.today(clock);
    }

    /**
     * What a recording did; {@code previous} and {@code previousAttendees} are what it replaced (null and empty for a
     * new meeting), so the proofs can tell a correction from an unchanged meeting.
     */
    public record Recorded(Meeting meeting, List<Attendee> attendees, boolean created, Meeting previous,
                           List<Attendee> previousAttendees) {
        Recorded(Meeting meeting, List<Attendee> attendees, boolean created) {
            this(meeting, attendees, created, null, List.of());
        }
    }

    /** Records the meeting of a group on a date, replacing whatever was recorded for that group and date before. */
    public Recorded record(String groupId, String dateText, Map<String, Object> body, Language lang) {
        requireGroup(groupId, lang);
        LocalDate date = meetingDate(dateText, lang);
        MeetingInput.Parsed parsed = MeetingInput.parse(body, methods, lang);
        if (!parsed.errors().isEmpty()) {
            throw new ApiException(400, parsed.errors());
        }
        MeetingInput input = parsed.input();
        checkMembers(store.memberships(groupId), date, input.attendance(), lang);

        Map<AttendanceStatus, Long> counts = input.attendance().stream()
                .collect(Collectors.groupingBy(Attendee::status, Collectors.counting()));
        Meeting previous = store.meeting(groupId, date).orElse(null);
        List<Attendee> previousAttendees = previous == null ? List.of() : store.attendees(groupId, date);
        long expected = previous == null ? 0L : previous.version();
        Meeting meeting = new Meeting(groupId, date, input.start(), input.end(), input.method(), input.facilitator(),
                counts.getOrDefault(AttendanceStatus.PRESENT, 0L).intValue(),
                counts.getOrDefault(AttendanceStatus.EXCUSED, 0L).intValue(),
                counts.getOrDefault(AttendanceStatus.ABSENT, 0L).intValue(), expected + 1);
        if (!store.replace(meeting, expected, input.attendance(), rules.expiry(date))) {
            throw new ApiException(409, lang.pick(
                    "Deze bijeenkomst is net door iemand anders gewijzigd (of de groep bestaat niet meer). Probeer het opnieuw.",
                    "Someone else changed this meeting just now (or the group is gone). Please try again."));
        }
        return new Recorded(meeting, input.attendance(), expected == 0, previous, previousAttendees);
    }

    /**
     * Everyone listed must have been a member on that date, once; everyone who was a member must be listed (a
     * missing member would silently count as "did not attend", so the coordinator says so explicitly).
     */
    private static void checkMembers(List<Membership> memberships, LocalDate date, List<Attendee> attendance, Language lang) {
        Set<String> active = new TreeSet<>();
        memberships.stream().filter(m -> m.activeOn(date)).forEach(m -> active.add(m.applicantId()));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            String id = attendance.get(i).applicantId();
            String field = "attendance[" + i + "].applicantId";
            if (!seen.add(id)) {
                errors.add(new FieldError(field, lang.pick("Deze persoon staat er twee keer in: " + id,
                        "This person is listed twice: " + id)));
            } else if (!active.contains(id)) {
                errors.add(new FieldError(field, lang.pick("Deze persoon was op die datum geen lid van de groep: " + id,
                        "This person was not a member of the group on that date: " + id)));
            }
        }
        for (String id : active) {
            if (!seen.contains(id)) {
                errors.add(new FieldError("attendance", lang.pick(
                        "Geef ook voor dit lid aan of het aanwezig, afgemeld of afwezig was: " + id,
                        "Say for this member too whether they were present, excused or absent: " + id)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, errors);
        }
    }

    /** A group's meetings, oldest first; one year, or all that are kept. */
    public List<Meeting> meetings(String groupId, String yearText, Language lang) {
        requireGroup(groupId, lang);
        if (yearText == null) {
            return store.meetings(groupId, LocalDate.of(2000, 1, 1), LocalDate.of(9999, 12, 31));
        }
        int year = year(yearText, lang);
        return store.meetings(groupId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** One meeting with its attendance. */
    public Recorded meeting(String groupId, String dateText, Language lang) {
        requireGroup(groupId, lang);
        LocalDate date = date(dateText, "date", lang);
        Meeting meeting = store.meeting(groupId, date).orElseThrow(() -> new ApiException(404, lang.pick(
                "Voor deze groep is op die datum geen bijeenkomst vastgelegd.",
                "No meeting of this group has been recorded on that date.")));
        List<Attendee> attendees = new ArrayList<>(store.attendees(groupId, date));
        attendees.sort(Comparator.comparing(Attendee::applicantId));
        return new Recorded(meeting, attendees, false);
    }

    // ---- year report ----

    /** One participant's year. */
    public record ReportRow(String applicantId, String name, List<String> groups, int attended, int excused,
                            int absent, int minutes, boolean met) {
    }

    public record YearReport(int year, AttendanceRules rules, List<ReportRow> rows) {
    }

    public YearReport yearReport(String yearText, Language lang) {
        return yearReport(year(yearText, lang));
    }

    /**
     * Everyone with attendance in the year, including people who have since left their group; erased people are
     * left out (their name is gone). Sorted by name (Dutch collation), then id.
     */
    public YearReport yearReport(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Set<String> groups = new TreeSet<>();
        store.meetingsOfYear(year).forEach(m -> groups.add(m.groupId()));
        Map<String, Tally> tallies = new HashMap<>();
        for (String groupId : groups) {
            for (AttendanceRecord r : store.groupAttendance(groupId, from, to)) {
                tallies.computeIfAbsent(r.applicantId(), id -> new Tally()).add(r);
            }
        }
        Map<String, String> names = store.names(tallies.keySet());
        List<ReportRow> rows = new ArrayList<>();
        tallies.forEach((id, t) -> {
            String name = names.get(id);
            if (name != null) {
                rows.add(new ReportRow(id, name, List.copyOf(t.groups), t.attended, t.excused, t.absent, t.minutes,
                        t.attended >= rules.meetingsPerYear()));
            }
        });
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
        rows.sort(Comparator.comparing(ReportRow::name, dutch).thenComparing(ReportRow::applicantId));
        return new YearReport(year, rules, List.copyOf(rows));
    }

    private static final class Tally {
        final Set<String> groups = new TreeSet<>();
        int attended;
        int excused;
        int absent;
        int minutes;

        void add(AttendanceRecord r) {
            groups.add(r.groupId());
            switch (r.status()) {
                case PRESENT -> {
                    attended++;
                    minutes += r.minutes();
                }
                case EXCUSED -> excused++;
                case ABSENT -> absent++;
            }
        }
    }

    // ---- statement ----

    /**
     * A participant's statement: the meetings attended from..to, the count per calendar year against the yearly
     * rule, and the hours in the hours window against the period rule.
     */
    public record Statement(String applicantId, String name, LocalDate from, LocalDate to, List<Meeting> attended,
                            Map<Integer, Integer> meetingsPerYear, LocalDate hoursFrom, LocalDate hoursTo,
                            int hoursWindowMinutes, AttendanceRules rules, LocalDate issuedOn) {
    }

    /**
     * ?year=Y (default: this year): that year's meetings, and the hours of the period of periodYears ending with Y.
     * ?from=&to=: the meetings and the hours of that span.
     */
    public Statement statement(String applicantId, String yearText, String fromText, String toText, Language lang) {
        if (applicantId == null || !MeetingInput.ID.matcher(applicantId).matches()) {
            throw notFoundPerson(lang);
        }
        Span span = span(yearText, fromText, toText, lang);
        LocalDate from = span.from();
        LocalDate to = span.to();
        LocalDate hoursFrom = span.hoursFrom();
        String name = store.names(List.of(applicantId)).get(applicantId);
        if (name == null) {
            throw notFoundPerson(lang);
        }
        LocalDate first = hoursFrom.isBefore(from) ? hoursFrom : from;
        List<AttendanceRecord> records = store.personAttendance(applicantId, first, to).stream()
                .filter(r -> r.status() == AttendanceStatus.PRESENT).toList();
        int windowMinutes = records.stream().filter(r -> !r.date().isBefore(hoursFrom)).mapToInt(AttendanceRecord::minutes).sum();
        List<AttendanceRecord> shown = records.stream().filter(r -> !r.date().isBefore(from)).toList();
        List<Meeting> attended = new ArrayList<>(store.meetings(shown.stream()
                .map(r -> new AttendanceStore.MeetingKey(r.groupId(), r.date())).toList()));
        attended.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::groupId));
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            perYear.put(y, 0);
        }
        shown.forEach(r -> perYear.merge(r.date().getYear(), 1, Integer::sum));
        return new Statement(applicantId, name, from, to, List.copyOf(attended), perYear, hoursFrom, to, windowMinutes,
                rules, today());
    }

    /** What a statement covers: its meetings from..to, its hours from hoursFrom..to. */
    private record Span(LocalDate from, LocalDate to, LocalDate hoursFrom) {
    }

    private Span span(String yearText, String fromText, String toText, Language lang) {
        if (fromText == null && toText == null) {
            int year = yearText == null ? today().getYear() : year(yearText, lang);
            return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    LocalDate.of(year - rules.periodYears() + 1, 1, 1));
        }
        if (yearText != null) {
            throw new ApiException(400, List.of(new FieldError("year", lang.pick(
                    "Kies een jaar óf een periode (from en to), niet allebei.",
                    "Choose a year or a period (from and to), not both."))));
        }
        LocalDate from = date(fromText, "from", lang);
        LocalDate to = date(toText, "to", lang);
        if (to.isBefore(from) || to.isAfter(from.plusYears(MAX_STATEMENT_YEARS))) {
            throw new ApiException(400, List.of(new FieldError("to", lang.pick(
                    "De einddatum ligt na de begindatum, hoogstens 10 jaar later.",
                    "The end date is after the start date, at most 10 years later."))));
        }
        return new Span(from, to, from);
    }

    private static ApiException notFoundPerson(Language lang) {
        return new ApiException(404, lang.pick("Deze deelnemer bestaat niet (meer).", "This participant does not exist (any more)."));
    }

    // ---- input checks ----

    private void requireGroup(String groupId, Language lang) {
        if (groupId == null || !MeetingInput.ID.matcher(groupId).matches() || !store.groupExists(groupId)) {
            throw new ApiException(404, lang.pick("Deze groep bestaat niet.", "This group does not exist."));
        }
    }

    /** A meeting date: a real date, not in the future, and not so old that its retention has already ended. */
    private LocalDate meetingDate(String text, Language lang) {
        LocalDate date = date(text, "date", lang);
        if (date.isAfter(today())) {
            throw new ApiException(400, List.of(new FieldError("date", lang.pick(
                    "Een bijeenkomst in de toekomst kan nog niet worden vastgelegd.",
                    "A meeting in the future cannot be recorded yet."))));
        }
        if (!rules.expiry(date).isAfter(clock.instant())) {
            throw new ApiException(400, List.of(new FieldError("date", lang.pick(
                    "Deze datum ligt voor de bewaartermijn; zo'n oude bijeenkomst wordt niet meer bewaard.",
                    "This date is older than the retention period; such an old meeting is no longer kept."))));
        }
        return date;
    }

    private static LocalDate date(String text, String field, Language lang) {
        if (text != null && DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through
            }
        }
        throw new ApiException(400, List.of(new FieldError(field, lang.pick(
                "Geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-12.",
                "Not a valid date; use YYYY-MM-DD, e.g. 2026-03-12."))));
    }

    private static int year(String text, Language lang) {
        if (text != null && text.matches("\\d{4}")) {
            int year = Integer.parseInt(text);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        }
        throw new ApiException(400, List.of(new FieldError("year", lang.pick(
                "Geen geldig jaar; gebruik vier cijfers, bijvoorbeeld 2026.", "Not a valid year; use four digits, e.g. 2026."))));
    }
}
