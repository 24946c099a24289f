package nl.intervisie.groups;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.network.Calendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A coordinator places a chosen waiting applicant in a chosen group (POST /api/admin/groups/{id}/members). One
 * transaction; the capacity is never exceeded. Someone from the same organisation as a member, or named on an
 * avoid list either way, is a conflict: refused unless the coordinator overrides it with a reason.
 */
public final class HandPlacement {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final GroupStore groups;
    private final MembershipStore memberships;
    private final ApplicantStore applicants;
    private final AuditLog audit;
    private final Clock clock;
    private final PlacementNotice notice;

    /** @param notice tells the placed person and the group's facilitator, after the placement is written */
    public HandPlacement(GroupStore groups, MembershipStore memberships, ApplicantStore applicants, AuditLog audit,
                         Clock clock, PlacementNotice notice) {
        this.groups = groups;
        this.memberships = memberships;
        this.applicants = applicants;
        this.audit = audit;
        this.clock = clock;
        this.notice = notice;
    }

    /** body: {"applicantId": …, "overrideReason": … (only to override a conflict)}. */
    public Map<String, Object> place(Caller caller, String groupId, Map<String, Object> body, Language lang) {
        Applicant a = waitingApplicant(body.get("applicantId"), lang);
        String reason = reason(body.get("overrideReason"), lang);
        Group group = groups.get(groupId == null || !ID.matcher(groupId).matches() ? "-" : groupId)
                .orElseThrow(() -> new ApiException(404, lang.pick("Deze groep bestaat niet.", "This group does not exist.")))
                .group();
        List<String> conflicts = conflicts(a, groupId, lang);
        if (!conflicts.isEmpty() && reason == null) {
            throw new ApiException(409, List.of(new FieldError("overrideReason", lang.pick(
                    "Let op: " + String.join(" ", conflicts) + " Plaats alleen met een reden waarom het toch kan.",
                    "Note: " + String.join(" ", conflicts) + " Place only with a reason why it is fine."))));
        }
        var result = memberships.placeByHand(new Membership(groupId, a.id(), Calendar.today(clock), null), a.version(),
                applicants.guardedEmail(a.id()).orElse(null), conflicts.isEmpty() ? null : reason, clock.instant());
        switch (result) {
            case PLACED -> audit.record(caller, conflicts.isEmpty() ? "group.place" : "group.place.override",
                    List.of(groupId, a.id()));
            case NO_ROOM -> throw new ApiException(409, lang.pick("In " + group.name()
                    + " is geen plaats (vol of niet open). Kies een andere groep.", "There is no place in "
                    + group.name() + " (full or not open). Choose another group."));
            case ALREADY_MEMBER -> throw new ApiException(409, lang.pick("Deze persoon was al eens lid van deze groep.",
                    "This person has been a member of this group before."));
            default -> throw new ApiException(409, lang.pick(
                    "De aanmelding is net gewijzigd. Laad de gegevens opnieuw.", "The application has just changed. Load it again."));
        }
        notice.placed(a, group);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groupId", groupId);
        out.put("applicantId", a.id());
        out.put("overridden", !conflicts.isEmpty());
        return out;
    }

    private Applicant waitingApplicant(Object id, Language lang) {
        if (!(id instanceof String s) || !ID.matcher(s).matches()) {
            throw new ApiException(400, List.of(new FieldError("applicantId",
                    lang.pick("Kies wie je wilt plaatsen (applicantId).", "Choose whom to place (applicantId)."))));
        }
        Applicant a = applicants.get(s).orElseThrow(() -> new ApiException(404,
                lang.pick("Deze aanmelding bestaat niet.", "This application does not exist.")));
        if (a.status() != ApplicantStatus.WAITING) {
            throw new ApiException(409, a.status() == ApplicantStatus.NEEDS_REVIEW
                    ? lang.pick("Laat deze persoon eerst toe tot de wachtlijst.", "Admit this person to the waiting list first.")
                    : lang.pick("Deze persoon wacht niet op een plaats (staat al in een groep of is vertrokken).",
                    "This person is not waiting for a place (already in a group, or left)."));
        }
        return a;
    }

    private static String reason(Object value, Language lang) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (!(value instanceof String s) || s.strip().length() > 300) {
            throw new ApiException(400, List.of(new FieldError("overrideReason", lang.pick(
                    "Geef de reden in hoogstens 300 tekens.", "Give the reason in at most 300 characters."))));
        }
        return s.strip();
    }

    /** Same organisation as a current member, or on an avoid list (the applicant's or a member's). */
    private List<String> conflicts(Applicant a, String groupId, Language lang) {
        List<String> found = new ArrayList<>();
        var today = Calendar.today(clock);
        for (Membership m : memberships.members(groupId)) {
            if (!m.activeOn(today)) {
                continue;
            }
            applicants.get(m.applicantId()).ifPresent(member -> {
                if (same(a.organisation(), member.organisation())) {
                    found.add(lang.pick(member.name() + " werkt ook bij " + member.organisation() + ".",
                            member.name() + " also works at " + member.organisation() + "."));
                }
                if (names(a.avoid(), member) || names(member.avoid(), a)) {
                    found.add(lang.pick(member.name() + " staat op een lijst van mensen om niet mee in een groep te zitten.",
                            member.name() + " is on a list of people not to share a group with."));
                }
            });
        }
        return found;
    }

    private static boolean names(List<String> avoid, Applicant other) {
        return avoid != null && avoid.stream().anyMatch(x -> same(x, other.name()) || same(x, other.organisation()));
    }

    private static boolean same(String x, String y) {
        return x != null && y != null && !x.isBlank()
                && x.strip().toLowerCase(Locale.ROOT).equals(y.strip().toLowerCase(Locale.ROOT));
    }
}
