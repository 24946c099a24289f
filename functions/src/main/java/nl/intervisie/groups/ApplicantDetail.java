package nl.intervisie.groups;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantFile;
import nl.intervisie.applicants.ApplicantReview;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Language;
import nl.intervisie.network.Calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One applicant as a coordinator sees them (GET /api/admin/applicants/{id}): everything the person gave, and everything
 * that happened: the history of steps (sign-up, admitted, intake, declined, preferences, placed, moved, left), the
 * intake, every membership with its dates and any override reason, this year's attendance against the rule.
 */
public final class ApplicantDetail {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** A person's attendance this year and in the hours period ending this year (from the attendance records). */
    public record Attendance(int year, int meetings, int meetingsRequired, int minutesThisYear, int periodFrom,
                             int minutesInPeriod, int hoursRequired) {
    }

    private final ApplicantStore applicants;
    private final MembershipStore memberships;
    private final GroupStore groups;
    private final Function<String, Attendance> attendance;

    /** @param attendance a person's attendance summary, or null when there is none to make */
    public ApplicantDetail(ApplicantStore applicants, MembershipStore memberships, GroupStore groups,
                           Function<String, Attendance> attendance) {
        this.applicants = applicants;
        this.memberships = memberships;
        this.groups = groups;
        this.attendance = attendance;
    }

    public Map<String, Object> detail(String id, Language lang) {
        ApplicantFile file = (id == null || !ID.matcher(id).matches() ? java.util.Optional.<ApplicantFile>empty()
                : applicants.file(id)).orElseThrow(() -> new ApiException(404, lang.pick(
                "Deze aanvrager bestaat niet (meer).", "This applicant does not exist (any more).")));
        Applicant a = file.applicant();
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = g -> g == null ? null
                : names.computeIfAbsent(g, k -> groups.get(k).map(s -> s.group().name()).orElse(k));
        List<MembershipStore.Held> held = memberships.heldBy(a.id());
        Map<String, Object> out = ApplicantReview.details(a);
        out.put("groupName", name.apply(a.groupId()));
        out.put("intake", file.intakeOn() == null ? null : intake(file));
        out.put("declineReason", file.declineReason());
        out.put("memberships", held.stream().sorted(Comparator.comparing(h -> h.membership().joinedOn()))
                .map(h -> membership(h, name)).toList());
        out.put("history", history(file, held, name));
        Attendance att = attendance.apply(a.id());
        out.put("attendance", att == null ? null : attendance(att));
        return out;
    }

    private static Map<String, Object> intake(ApplicantFile file) {
        Map<String, Object> m = new LinkedHashMap<>(); // date, then who: one order in every answer
        m.put("date", file.intakeOn().toString());
        m.put("by", file.intakeBy() == null ? "" : file.intakeBy());
        return m;
    }

    private static Map<String, Object> membership(MembershipStore.Held h, Function<String, String> name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groupId", h.membership().groupId());
        m.put("groupName", name.apply(h.membership().groupId()));
        m.put("joinedOn", h.membership().joinedOn().toString());
        m.put("leftOn", h.membership().leftOn() == null ? null : h.membership().leftOn().toString());
        m.put("byHand", h.byHand());
        m.put("overrideReason", h.overrideReason());
        return m;
    }

    /** Oldest first: the sign-up, the coordinators' steps, and joins and leaves the steps do not tell (matching, leaving). */
    private static List<Map<String, Object>> history(ApplicantFile file, List<MembershipStore.Held> held,
                                                     Function<String, String> name) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(step(file.applicant().createdAt().toString(), "signup", null, null));
        for (ApplicantFile.Step s : file.history()) {
            out.add(step(s.at().toString(), s.event(), s.by(), s.groupId() == null ? null : name.apply(s.groupId())));
        }
        for (MembershipStore.Held h : held) {
            Membership m = h.membership();
            boolean told = file.history().stream().anyMatch(s -> m.groupId().equals(s.groupId()));
            if (!told) {
                out.add(step(m.joinedOn().toString(), "joined", null, name.apply(m.groupId())));
            }
            // Moving out of this group that day already tells the leaving.
            boolean movedThatDay = m.leftOn() != null && file.history().stream().anyMatch(s -> "moved".equals(s.event())
                    && !m.groupId().equals(s.groupId()) && Calendar.dateOf(s.at()).equals(m.leftOn()));
            if (m.leftOn() != null && !movedThatDay) {
                out.add(step(m.leftOn().toString(), "left", null, name.apply(m.groupId())));
            }
        }
        // Dates and instants sort together (an instant starts with its date); a leave ends its day.
        out.sort(Comparator.comparing(s -> s.get("at") + ("left".equals(s.get("event")) ? "~" : "")));
        return out;
    }

    private static Map<String, Object> step(String at, String event, String by, String groupName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", at);
        m.put("event", event);
        m.put("by", by == null || by.isEmpty() ? null : by);
        m.put("groupName", groupName);
        return m;
    }

    private static Map<String, Object> attendance(Attendance a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", a.year());
        m.put("meetings", a.meetings());
        m.put("meetingsRequired", a.meetingsRequired());
        m.put("met", a.meetings() >= a.meetingsRequired());
        m.put("hours", hours(a.minutesThisYear()));
        m.put("periodFrom", a.periodFrom());
        m.put("hoursInPeriod", hours(a.minutesInPeriod()));
        m.put("hoursRequired", a.hoursRequired());
        return m;
    }

    private static BigDecimal hours(int minutes) {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return h.scale() < 0 ? h.setScale(0) : h;
    }
}
