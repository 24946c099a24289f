package nl.intervisie.planning;

import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupAccess;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.network.Calendar;
import nl.intervisie.network.MeetingTimes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group's planned meetings: coordinators plan single dates, generate a year from the group's slot (weekday, part of
 * the day: {@link MeetingTimes}) and frequency, and change or cancel a date; the group's facilitator may read the
 * plan. A change is written only at the version read (else 409, nothing written); bad input is 400 with a message
 * per field.
 */
public final class MeetingPlanner {
    static final int MAX_PER_YEAR = 12;
    static final int YEARS_AHEAD = 2;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\b");
    private static final Set<String> ADD_FIELDS = Set.of("date", "start", "end", "place", "link");
    private static final Set<String> EDIT_FIELDS = Set.of("date", "start", "end", "place", "link", "cancelled", "version");
    private static final Set<String> YEAR_FIELDS = Set.of("year", "count", "start", "end", "place", "link");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an edit did, for the audit log. */
    public enum Change { EDITED, CANCELLED, RESTORED, UNCHANGED }

    public record Edited(PlannedMeeting meeting, Change change) {
    }

    private final PlanStore plans;
    private final GroupStore groups;
    private final GroupAccess access;
    private final Clock clock;

    public MeetingPlanner(PlanStore plans, GroupStore groups, GroupAccess access, Clock clock) {
        this.plans = plans;
        this.groups = groups;
        this.access = access;
        this.clock = clock;
    }

    /** The group's plan, for a coordinator or the group's own facilitator (else 403, before anything is read). */
    public List<PlannedMeeting> plan(Caller caller, String groupId, Language lang) {
        access.requireGroup(caller, groupId, lang);
        group(groupId, lang);
        return plans.ofGroup(groupId);
    }

    /** One date planned by hand. */
    public PlannedMeeting add(String groupId, Map<String, Object> body, Language lang) {
        Group group = group(groupId, lang);
        List<FieldError> errors = new ArrayList<>();
        PlanInput.onlyKnown(body, ADD_FIELDS, errors, lang);
        LocalDate date = PlanInput.date(body.get("date"), errors, lang);
        Where where = Where.parse(body, Where.defaults(group), errors, lang);
        checkDate(date, errors, lang);
        failOn(errors);
        PlannedMeeting m = new PlannedMeeting(groupId, newId(), date, where.start(), where.end(), where.place(), where.link(),
                false, 1, clock.instant());
        if (!plans.create(groupId, List.of(m))) {
            throw new ApiException(409, lang.pick("De groep is net gewijzigd of bestaat niet meer. Probeer het opnieuw.",
                    "The group just changed or no longer exists. Please try again."));
        }
        return m;
    }

    /** A year of meetings from the group's slot and frequency; all or nothing. */
    public List<PlannedMeeting> generate(String groupId, Map<String, Object> body, Language lang) {
        Group group = group(groupId, lang);
        List<FieldError> errors = new ArrayList<>();
        PlanInput.onlyKnown(body, YEAR_FIELDS, errors, lang);
        int year = year(body.get("year"), errors, lang);
        int count = count(body.get("count"), group, errors, lang);
        Where where = Where.parse(body, Where.defaults(group), errors, lang);
        DayOfWeek weekday = weekday(group, errors, lang);
        failOn(errors);
        List<LocalDate> dates = YearPlan.dates(year, weekday, count, today().plusDays(1));
        if (dates.size() < count) {
            throw new ApiException(400, List.of(new FieldError("count", lang.pick(
                    "In " + year + " zijn na vandaag nog maar " + dates.size() + " geschikte weken over. Kies minder bijeenkomsten of het volgende jaar.",
                    "Only " + dates.size() + " suitable weeks are left in " + year + ". Choose fewer meetings or next year."))));
        }
        List<PlannedMeeting> planned = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            // Ids from the year: generating the same year twice collides, so it can never double the plan.
            planned.add(new PlannedMeeting(groupId, year + "-" + (i + 1), dates.get(i), where.start(), where.end(),
                    where.place(), where.link(), false, 1,
                    clock.instant()));
        }
        if (!plans.create(groupId, planned)) {
            throw new ApiException(409, lang.pick("Voor " + year + " is al een jaar gepland (of de groep is net gewijzigd). "
                            + "Er is niets toegevoegd. Pas de datums aan of voeg losse datums toe.",
                    "A year has already been planned for " + year + " (or the group just changed). Nothing was added. "
                            + "Change the dates or add single dates."));
        }
        return planned;
    }

    /** Changes, cancels or restores one date, at the version read. */
    public Edited edit(String groupId, String id, Map<String, Object> body, Language lang) {
        group(groupId, lang);
        PlannedMeeting current = (id == null || !ID.matcher(id).matches() ? null : plans.get(groupId, id).orElse(null));
        if (current == null) {
            throw new ApiException(404, lang.pick("Deze geplande bijeenkomst bestaat niet.", "This planned meeting does not exist."));
        }
        List<FieldError> errors = new ArrayList<>();
        PlanInput.onlyKnown(body, EDIT_FIELDS, errors, lang);
        long version = version(body.get("version"), errors, lang);
        LocalDate date = body.get("date") == null ? current.date() : PlanInput.date(body.get("date"), errors, lang);
        Where where = Where.parse(body, new Where(current.start(), current.end(), current.place(), current.link()),
                errors, lang);
        boolean cancelled = cancelled(body.get("cancelled"), current.cancelled(), errors, lang);
        if (date != null && !date.equals(current.date())) {
            checkDate(date, errors, lang);
        }
        failOn(errors);
        if (version != current.version()) {
            throw stale(lang);
        }
        PlannedMeeting next = current.changed(date, where.start(), where.end(), where.place(), where.link(), cancelled,
                clock.instant());
        if (sameFacts(current, next)) {
            return new Edited(current, Change.UNCHANGED);
        }
        if (!plans.replace(next, version)) {
            throw stale(lang);
        }
        Change change = cancelled == current.cancelled() ? Change.EDITED : cancelled ? Change.CANCELLED : Change.RESTORED;
        return new Edited(next, change);
    }

    private static boolean sameFacts(PlannedMeeting a, PlannedMeeting b) {
        return a.date().equals(b.date()) && a.start().equals(b.start()) && a.end().equals(b.end())
                && a.place().equals(b.place()) && a.link().equals(b.link()) && a.cancelled() == b.cancelled();
    }

    private static ApiException stale(Language lang) {
        return new ApiException(409, lang.pick(
                "Deze datum is net door iemand anders gewijzigd. Er is niets opgeslagen; laad de planning opnieuw.",
                "Someone else changed this date just now. Nothing was saved; load the plan again."));
    }

    private Group group(String groupId, Language lang) {
        return (groupId == null || !ID.matcher(groupId).matches() ? java.util.Optional.<GroupStore.StoredGroup>empty()
                : groups.get(groupId)).map(GroupStore.StoredGroup::group)
                .orElseThrow(() -> new ApiException(404, lang.pick("Deze groep bestaat niet.", "This group does not exist.")));
    }

    private LocalDate today() {
        return Calendar.today(clock);
    }

    private void checkDate(LocalDate date, List<FieldError> errors, Language lang) {
        if (date == null) {
            return;
        }
        if (date.isBefore(today())) {
            errors.add(new FieldError("date", lang.pick("Deze datum is al voorbij. Plan een datum vanaf vandaag.",
                    "This date has passed. Plan a date from today on.")));
        } else if (date.getYear() > today().getYear() + YEARS_AHEAD) {
            errors.add(new FieldError("date", lang.pick("Plan hoogstens twee jaar vooruit.", "Plan at most two years ahead.")));
        }
    }

    private int year(Object value, List<FieldError> errors, Language lang) {
        int thisYear = today().getYear();
        if (value instanceof Number n && n.doubleValue() == n.intValue()
                && n.intValue() >= thisYear && n.intValue() <= thisYear + YEARS_AHEAD) {
            return n.intValue();
        }
        errors.add(new FieldError("year", lang.pick("Kies een jaar van " + thisYear + " tot en met " + (thisYear + YEARS_AHEAD) + ".",
                "Choose a year from " + thisYear + " to " + (thisYear + YEARS_AHEAD) + ".")));
        return thisYear;
    }

    /** The number asked for, or the one the group's frequency starts with ("4 keer per jaar"), else 4. */
    private static int count(Object value, Group group, List<FieldError> errors, Language lang) {
        if (value == null) {
            Matcher m = LEADING_NUMBER.matcher(group.frequency() == null ? "" : group.frequency());
            int fromGroup = m.find() ? Integer.parseInt(m.group(1)) : 4;
            return fromGroup >= 1 && fromGroup <= MAX_PER_YEAR ? fromGroup : 4;
        }
        if (value instanceof Number n && n.doubleValue() == n.intValue() && n.intValue() >= 1 && n.intValue() <= MAX_PER_YEAR) {
            return n.intValue();
        }
        errors.add(new FieldError("count", lang.pick("Kies 1 tot en met 12 bijeenkomsten per jaar.",
                "Choose 1 to 12 meetings a year.")));
        return 1;
    }

    private static DayOfWeek weekday(Group group, List<FieldError> errors, Language lang) {
        if (group.weekday() == null || group.weekday().isBlank()) {
            errors.add(new FieldError("weekday", lang.pick(
                    "Deze groep heeft geen vaste weekdag. Vul die eerst in bij de groep, of plan losse datums.",
                    "This group has no weekday. Set it on the group first, or plan single dates.")));
            return DayOfWeek.MONDAY;
        }
        return DayOfWeek.valueOf(group.weekday().toUpperCase(Locale.ROOT));
    }

    private static long version(Object value, List<FieldError> errors, Language lang) {
        if (value instanceof Number n && n.longValue() >= 1 && n.doubleValue() == n.longValue()) {
            return n.longValue();
        }
        errors.add(new FieldError("version", lang.pick("De versie die je las ontbreekt; laad de planning opnieuw.",
                "The version you read is missing; load the plan again.")));
        return -1;
    }

    private static boolean cancelled(Object value, boolean fallback, List<FieldError> errors, Language lang) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        errors.add(new FieldError("cancelled", lang.pick("Vervallen is true of false.", "Cancelled is true or false.")));
        return fallback;
    }

    /** When and where a planned date is: start, end, place and link from the body, else the defaults given. */
    private record Where(LocalTime start, LocalTime end, String place, String link) {
        static Where parse(Map<String, Object> body, Where defaults, List<FieldError> errors, Language lang) {
            LocalTime start = PlanInput.time(body.get("start"), "start", defaults.start(), errors, lang);
            LocalTime end = PlanInput.time(body.get("end"), "end", defaults.end(), errors, lang);
            PlanInput.span(start, end, errors, lang);
            String place = PlanInput.place(body.get("place"), defaults.place(), errors, lang);
            String link = PlanInput.link(body.get("link"), defaults.link(), errors, lang);
            return new Where(start, end, place, link);
        }

        /** A new date's defaults: the times of the group's part of day (if it has one) and its venue. */
        static Where defaults(Group group) {
            MeetingTimes.Span times = MeetingTimes.of(group.partOfDay()).orElse(null);
            return new Where(times == null ? null : times.start(), times == null ? null : times.end(),
                    defaultPlace(group), "");
        }
    }

    /** Where an in-person group meets, e.g. "Stadskantoor, Utrecht"; empty for an online group. */
    static String defaultPlace(Group group) {
        if (group.online()) {
            return "";
        }
        String venue = group.venue() == null ? "" : group.venue().strip();
        String city = group.city() == null ? "" : group.city().strip();
        return venue.isEmpty() ? city : city.isEmpty() || venue.contains(city) ? venue : venue + ", " + city;
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ApiException(400, errors);
        }
    }

    private static String newId() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder id = new StringBuilder("d");
        for (int i = 0; i < 11; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
