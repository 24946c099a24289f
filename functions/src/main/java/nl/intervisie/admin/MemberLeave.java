package nl.intervisie.admin;

import nl.intervisie.network.Calendar;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.attendance.AttendanceRules;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;

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

    private final AdminStore store;
    private final GroupStore groups;
    private final AuditLog audit;
    private final AttendanceRules rules;
    private final Clock clock;

    public MemberLeave(AdminStore store, GroupStore groups, AuditLog audit, AttendanceRules rules, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** @param body the JSON body ({"date": "yyyy-MM-dd"}), empty when absent: the date is then today */
    public Map<String, Object> leave(Caller caller, String groupId, String applicantId, Map<String, Object> body, Language lang) {
        Instant now = clock.instant();
        LocalDate today = Calendar.dateOf(now);
        LocalDate date = date(body.get("date"), today, lang);
        if (groupId == null || !ID.matcher(groupId).matches()
                || groups.list().stream().noneMatch(g -> g.group().id().equals(groupId))) {
            throw new ApiException(404, lang.pick("Deze groep bestaat niet.", "This group does not exist."));
        }
        Membership membership = (applicantId == null || !ID.matcher(applicantId).matches()) ? null
                : store.memberships(groupId).stream()
                .filter(m -> m.applicantId().equals(applicantId) && m.leftOn() == null).findFirst().orElse(null);
        if (membership == null) {
            throw new ApiException(404, lang.pick("Deze persoon is geen lid (meer) van deze groep.",
                    "This person is not (or no longer) a member of this group."));
        }
        if (date.isBefore(membership.joinedOn())) {
            throw new ApiException(400, List.of(new FieldError("date", lang.pick(
                    "De datum van vertrek ligt vóór de datum waarop deze persoon lid werd (" + membership.joinedOn() + ").",
                    "The leaving date is before the date this person joined (" + membership.joinedOn() + ")."))));
        }
        var items = store.personItems(applicantId);
        // Attendance already recorded on or after the leaving date stays until that meeting is recorded again (the
        // meeting form then refuses the person as a non-member): the usual way to correct a list after the fact.
        Optional<String> otherGroup = items.stream().filter(i -> sk(i).startsWith("MEMBER#")).map(Membership::fromItem)
                .filter(m -> !m.groupId().equals(groupId) && (m.leftOn() == null || m.leftOn().isAfter(today)))
                .map(Membership::groupId).sorted().findFirst();

        Instant expiresAt = rules.expiry(date);
        var applicant = store.applicantItem(applicantId, now);
        String status = applicant.map(a -> Items.string(a, "status")).orElse(null);
        boolean lastGroup = otherGroup.isEmpty() && ApplicantStatus.PLACED.name().equals(status);
        String groupIdAfter = otherGroup.orElse(lastGroup ? null : applicant.map(a -> Items.string(a, "groupId")).orElse(null));
        if (groupId.equals(groupIdAfter)) {
            groupIdAfter = null;
        }
        String email = applicant.map(a -> Items.string(a, "email")).orElse(null);
        boolean hasGuard = lastGroup && store.emailGuard(applicantId, email).isPresent();
        boolean applied = store.leave(new AdminStore.Leave(groupId, applicantId, membership.joinedOn(), date, expiresAt,
                applicant.map(a -> Items.number(a, "version", 0)).orElse(null),
                lastGroup ? ApplicantStatus.LEFT : null, groupIdAfter, lastGroup, hasGuard ? email : null, now));
        if (!applied) {
            throw new ApiException(409, lang.pick(
                    "Het lidmaatschap of de aanvrager is intussen gewijzigd. Laad de gegevens opnieuw.",
                    "The membership or the applicant changed in the meantime. Reload and try again."));
        }
        audit.record(caller, "membership.leave", List.of(groupId, applicantId));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groupId", groupId);
        out.put("applicantId", applicantId);
        out.put("joinedOn", membership.joinedOn().toString());
        out.put("leftOn", date.toString());
        out.put("status", lastGroup ? ApplicantStatus.LEFT.name() : status);
        out.put("expiresAt", expiresAt.toString());
        out.put("stillMemberOf", otherGroup.orElse(null));
        return out;
    }

    private static String sk(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        String sk = Items.string(item, Keys.SK);
        return sk == null ? "" : sk;
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
