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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A coordinator places a chosen waiting applicant in a chosen group (POST /api/admin/groups/{id}/members), or moves a
 * placed one there from their group ({"move": true}: without it, a placed person is refused, so nobody is moved by a
 * slip). One transaction each; the capacity is never exceeded. Someone from the same organisation as a member, or
 * named on an avoid list either way, is a conflict: refused unless the coordinator overrides it with a reason.
 */
public final class HandPlacement {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final GroupStore groups;
    private final MembershipStore memberships;
    private final ApplicantStore applicants;
    private final AuditLog audit;
    private final AttendanceRules rules;
    private final Clock clock;
    private final PlacementNotice notice;

    /**
     * @param rules  when an ended membership expires (as when a member leaves)
     * @param notice tells the placed (or moved) person and the group's facilitator, after the placement is written
     */
    public HandPlacement(GroupStore groups, MembershipStore memberships, ApplicantStore applicants, AuditLog audit,
                         AttendanceRules rules, Clock clock, PlacementNotice notice) {
        this.groups = groups;
        this.memberships = memberships;
        this.applicants = applicants;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
        this.notice = notice;
    }

    /** body: {"applicantId": …, "overrideReason": … (only to override a conflict), "move": true (a placed person)}. */
    public Map<String, Object> place(Caller caller, String groupId, Map<String, Object> body, Language lang) {
        Applicant a = applicant(body.get("applicantId"), lang);
        boolean move = move(body.get("move"), lang);
        String reason = reason(body.get("overrideReason"), lang);
        Group group = groups.get(groupId == null || !ID.matcher(groupId).matches() ? "-" : groupId)
                .orElseThrow(() -> new ApiException(404, lang.pick("Deze groep bestaat niet.", "This group does not exist.")))
                .group();
        Membership current = a.status() == ApplicantStatus.PLACED ? currentMembership(a, groupId, move, lang) : null;
        List<String> conflicts = conflicts(a, groupId, lang);
        if (!conflicts.isEmpty() && reason == null) {
            throw new ApiException(409, List.of(new FieldError("overrideReason", lang.pick(
                    "Let op: " + String.join(" ", conflicts) + " Plaats alleen met een reden waarom het toch kan.",
                    "Note: " + String.join(" ", conflicts) + " Place only with a reason why it is fine."))));
        }
        String kept = conflicts.isEmpty() ? null : reason;
        var today = Calendar.today(clock);
        Membership next = new Membership(groupId, a.id(), today, null);
        var result = current == null
                ? memberships.placeByHand(next, a.version(), applicants.guardedEmail(a.id()).orElse(null), kept,
                caller.username(), clock.instant())
                : memberships.move(new MembershipStore.Move(current, next, today, rules.expiry(today), a.version(), kept,
                caller.username(), clock.instant()));
        refuseUnless(result, group, lang);
        String action = (current == null ? "group.place" : "group.move") + (conflicts.isEmpty() ? "" : ".override");
        audit.record(caller, action, current == null ? List.of(groupId, a.id()) : List.of(current.groupId(), groupId, a.id()));
        notice.placed(a, group);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groupId", groupId);
        out.put("applicantId", a.id());
        out.put("movedFrom", current == null ? null : current.groupId());
        out.put("overridden", !conflicts.isEmpty());
        return out;
    }

    private static void refuseUnless(MembershipStore.PlaceResult result, Group group, Language lang) {
        switch (result) {
            case PLACED -> { }
            case NO_ROOM -> throw new ApiException(409, lang.pick("In " + group.name()
                    + " is geen plaats (vol of niet open). Kies een andere groep.", "There is no place in "
                    + group.name() + " (full or not open). Choose another group."));
            case ALREADY_MEMBER -> throw new ApiException(409, lang.pick("Deze persoon was al eens lid van deze groep.",
                    "This person has been a member of this group before."));
            default -> throw new ApiException(409, lang.pick(
                    "De aanmelding is net gewijzigd. Laad de gegevens opnieuw.", "The application has just changed. Load it again."));
        }
    }

    private Applicant applicant(Object id, Language lang) {
        if (!(id instanceof String s) || !ID.matcher(s).matches()) {
            throw new ApiException(400, List.of(new FieldError("applicantId",
                    lang.pick("Kies wie je wilt plaatsen (applicantId).", "Choose whom to place (applicantId)."))));
        }
        Applicant a = applicants.get(s).orElseThrow(() -> new ApiException(404,
                lang.pick("Deze aanmelding bestaat niet.", "This application does not exist.")));
        if (a.status() != ApplicantStatus.WAITING && a.status() != ApplicantStatus.PLACED) {
            throw new ApiException(409, a.status() == ApplicantStatus.NEEDS_REVIEW
                    ? lang.pick("Laat deze persoon eerst toe tot de wachtlijst.", "Admit this person to the waiting list first.")
                    : lang.pick("Deze persoon wacht niet op een plaats (vertrokken, afgewezen of niet bevestigd).",
                    "This person is not waiting for a place (left, declined or not confirmed)."));
        }
        return a;
    }

    /** The membership a placed person moves out of; refused without "move": true, or into the group they are in. */
    private Membership currentMembership(Applicant a, String groupId, boolean move, Language lang) {
        String from = a.groupId() == null ? "" : a.groupId();
        String fromName = groups.get(from).map(g -> g.group().name()).orElse(from);
        if (from.equals(groupId)) {
            throw new ApiException(409, lang.pick("Deze persoon zit al in " + fromName + ".",
                    "This person is already in " + fromName + "."));
        }
        if (!move) {
            throw new ApiException(409, List.of(new FieldError("move", lang.pick(
                    "Deze persoon zit al in " + fromName + ". Kies verplaatsen om over te stappen (\"move\": true).",
                    "This person is already in " + fromName + ". Choose move to change groups (\"move\": true)."))));
        }
        return memberships.members(from).stream()
                .filter(m -> m.applicantId().equals(a.id()) && m.leftOn() == null).findFirst()
                .orElseThrow(() -> new ApiException(409, lang.pick(
                        "Het lidmaatschap van " + fromName + " is intussen beëindigd. Laad de gegevens opnieuw.",
                        "The membership of " + fromName + " has ended meanwhile. Reload and try again.")));
    }

    private static boolean move(Object value, Language lang) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        throw new ApiException(400, List.of(new FieldError("move", lang.pick(
                "move is true of false.", "move is true or false."))));
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
