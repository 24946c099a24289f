package nl.intervisie.groups;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.attendance.AttendanceRules;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.network.Calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A member leaving a group, recorded by a coordinator. The membership ends (leftOn) and, when it was the person's
 * last group, the person's data gets its end date: the end of the leave year plus the attendance period
 * ({@link AttendanceRules#expiry}), the same bound as their attendance, so a statement covering their meetings can
 * still be made until then. Still in another group: only this membership ends.
 */
public final class MemberLeave {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Membership dates are calendar dates in the Netherlands. */

    private final MembershipStore memberships;
    private final ApplicantStore applicants;
    private final GroupStore groups;
    private final AuditLog audit;
    private final AttendanceRules rules;
    private final Clock clock;
    private final GroupAccess access;

    public MemberLeave(MembershipStore memberships, ApplicantStore applicants, GroupStore groups, AuditLog audit,
                       AttendanceRules rules, Clock clock) {
        this.memberships = memberships;
        this.applicants = applicants;
        this.groups = groups;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
        this.access = new GroupAccess(groups);
    }

    /** @param body the JSON body ({"date": "yyyy-MM-dd"}), empty when absent: the date is then today */
    public Map<String, Object> leave(Caller caller, String groupId, String applicantId, Map<String, Object> body, Language lang) {
        access.requireGroup(caller, groupId, lang);
        Instant now = clock.instant();
        LocalDate today = Calendar.dateOf(now);
        LocalDate date = date(body.get("date"), today, lang);
        Membership membership = currentMembership(caller, groupId, applicantId, lang);
        if (date.isBefore(membership.joinedOn())) {
            throw new ApiException(400, List.of(new FieldError("date", lang.pick(
                    "De datum van vertrek ligt vóór de datum waarop deze persoon lid werd (" + membership.joinedOn() + ").",
                    "The leaving date is before the date this person joined (" + membership.joinedOn() + ")."))));
        }
        // Attendance already recorded on or after the leaving date stays until that meeting is recorded again (the
        // meeting form then refuses the person as a non-member): the usual way to correct a list after the fact.
        Optional<String> otherGroup = memberships.ofPerson(applicantId).stream()
                .filter(m -> !m.groupId().equals(groupId) && m.current(today))
                .map(Membership::groupId).sorted().findFirst();
        Instant expiresAt = rules.expiry(date);
        Optional<Applicant> applicant = applicants.get(applicantId);
        String status = applicant.map(a -> a.status().name()).orElse(null);
        boolean lastGroup = otherGroup.isEmpty() && applicant.map(a -> a.status() == ApplicantStatus.PLACED).orElse(false);
        String groupIdAfter = otherGroup.orElse(lastGroup ? null : applicant.map(Applicant::groupId).orElse(null));
        if (groupId.equals(groupIdAfter)) {
            groupIdAfter = null;
        }
        String guardEmail = lastGroup && applicants.guard(applicant.get()).isPresent() ? applicant.get().email() : null;
        boolean applied = memberships.leave(new MembershipStore.Leave(groupId, applicantId, membership.joinedOn(), date,
                expiresAt, applicant.map(Applicant::version).orElse(null), lastGroup ? ApplicantStatus.LEFT : null,
                groupIdAfter, lastGroup, guardEmail, now));
        if (!applied) {
            throw new ApiException(409, lang.pick(
                    "Het lidmaatschap of de aanvrager is intussen gewijzigd. Laad de gegevens opnieuw.",
                    "The membership or the applicant changed in the meantime. Reload and try again."));
        }
        audit.record(caller, "membership.leave", List.of(groupId, applicantId));
        return result(membership, date, lastGroup ? ApplicantStatus.LEFT.name() : status, expiresAt, otherGroup);
    }

    /** The person's active membership of the group, or 404 (unknown group, or not a current member). */
    private Membership currentMembership(Caller caller, String groupId, String applicantId, Language lang) {
        if (groupId == null || !ID.matcher(groupId).matches() || !groups.exists(groupId)) {
            throw new ApiException(404, lang.pick("Deze groep bestaat niet.", "This group does not exist."));
        }
        return (applicantId == null || !ID.matcher(applicantId).matches()) ? notAMember(caller, lang)
                : memberships.members(groupId).stream()
                .filter(m -> m.applicantId().equals(applicantId) && m.leftOn() == null).findFirst()
                .orElseGet(() -> notAMember(caller, lang));
    }

    /** 404 for a coordinator; a facilitator reaching for someone outside their group gets 403 (OWASP API1). */
    private static Membership notAMember(Caller caller, Language lang) {
        if (!caller.coordinator()) {
            throw GroupAccess.notYours(lang);
        }
        throw new ApiException(404, lang.pick("Deze persoon is geen lid (meer) van deze groep.",
                "This person is not (or no longer) a member of this group."));
    }

    private static Map<String, Object> result(Membership membership, LocalDate date, String status, Instant expiresAt,
                                              Optional<String> otherGroup) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groupId", membership.groupId());
        out.put("applicantId", membership.applicantId());
        out.put("joinedOn", membership.joinedOn().toString());
        out.put("leftOn", date.toString());
        out.put("status", status);
        out.put("expiresAt", expiresAt.toString());
        out.put("stillMemberOf", otherGroup.orElse(null));
        return out;
    }

    private static LocalDate date(Object value, LocalDate today, Language lang) {
        if (value == null) {
            return today;
        }
        LocalDate date;
        try {
            if (!(value instanceof String text) || !DATE.matcher(text.strip()).matches()) {
                throw new DateTimeParseException("not yyyy-MM-dd", String.valueOf(value), 0);
            }
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(400, List.of(new FieldError("date", lang.pick(
                    "Geef de datum van vertrek als jjjj-mm-dd.", "Give the leaving date as yyyy-mm-dd."))));
        }
        if (date.isAfter(today)) {
            throw new ApiException(400, List.of(new FieldError("date", lang.pick(
                    "De datum van vertrek ligt in de toekomst; leg een vertrek vast op of na die dag.",
                    "The leaving date is in the future; record the leaving on or after that day."))));
        }
        return date;
    }
}
