package nl.intervisie.matching;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.groups.PlacementNotice;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.http.Log;
import nl.intervisie.network.Calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a reviewed proposal group by group: each group all or nothing in its own transaction (whatever the size of
 * the proposal), recorded on the proposal in that same transaction, so a retry continues where it stopped and no one
 * is placed twice. A group whose people or facts changed since the proposal is refused and the others still apply;
 * the answer says per group what happened. Only the people actually placed get the placement mail.
 */
public final class ProposalApply {
    /** Stop starting groups after this long, so the answer comes before the API's 30 s timeout; a retry goes on. */
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

    /** What the coordinator left out while reviewing. */
    public record LeaveOut(Set<String> applicants, Set<String> groups) {
        public static final LeaveOut NONE = new LeaveOut(Set.of(), Set.of());

        public LeaveOut {
            applicants = Set.copyOf(applicants);
            groups = Set.copyOf(groups);
        }
    }

    public enum Outcome { APPLIED, ALREADY_APPLIED, STALE, LEFT_OUT, TOO_FEW, NOT_TRIED }

    /**
     * One group's outcome.
     *
     * @param placed         the applicants this call placed (APPLIED) or an earlier one did (ALREADY_APPLIED)
     * @param leftOut        the applicants of this group the coordinator left out
     * @param changed        the applicants (STALE) whose application changed since the proposal
     * @param groupChanged   (STALE) the group itself changed: members, places, status, language, mode or slot
     */
    public record GroupOutcome(String groupId, Outcome outcome, List<String> placed, List<String> leftOut,
                               List<String> changed, boolean groupChanged) {
    }

    /** @param proposal the proposal as it is after this call */
    public record Result(Proposal proposal, List<GroupOutcome> groups, int mailsSent, int mailsFailed, int minToStart) {
    }

    private final ApplicantStore applicants;
    private final GroupStore groups;
    private final MembershipStore memberships;
    private final ProposalStore proposals;
    private final AuditLog audit;
    private final PlacementNotice notice;
    private final Clock clock;
    private final int minToStart;
    private final Duration budget;

    public ProposalApply(ApplicantStore applicants, GroupStore groups, MembershipStore memberships,
                         ProposalStore proposals, AuditLog audit, PlacementNotice notice, Clock clock, int minToStart,
                         Duration budget) {
        this.applicants = applicants;
        this.groups = groups;
        this.memberships = memberships;
        this.proposals = proposals;
        this.audit = audit;
        this.notice = notice;
        this.clock = clock;
        this.minToStart = minToStart;
        this.budget = budget;
    }

    /**
     * @param version when given, the proposal's version the coordinator reviewed: 409 with nothing written when it
     *                moved on since (someone else applied part of it); a retry without it simply continues
     */
    public Result apply(Caller caller, String id, LeaveOut leaveOut, Long version, Language lang) {
        Proposal p = proposals.find(id, clock.instant()).orElseThrow(() -> new ApiException(404, lang.pick(
                "Dit voorstel bestaat niet (meer).", "This proposal does not exist (any more).")));
        check(p, leaveOut, version, lang);
        Map<String, Group> current = new HashMap<>();
        groups.list().forEach(g -> current.put(g.group().id(), g.group()));
        long deadline = System.nanoTime() + budget.toNanos();
        List<GroupOutcome> outcomes = new ArrayList<>();
        int[] mails = new int[2];
        for (Proposal.GroupPlan g : p.plan()) {
            GroupOutcome o = System.nanoTime() > deadline ? notTried(g, leaveOut) : applyOne(p, g, leaveOut, current);
            if (o.outcome() == Outcome.APPLIED) {
                audit.record(caller, "matching.apply", targets(id, g.groupId(), o.placed()));
                tell(o.placed(), current.get(g.groupId()), mails);
            }
            outcomes.add(o);
        }
        Proposal after = proposals.find(id, clock.instant()).orElse(p);
        return new Result(after, outcomes.stream().map(o -> withRecorded(o, after, p)).toList(), mails[0], mails[1],
                minToStart);
    }

    /** Leave-out names only what the proposal has; a given version must be the current one. */
    private static void check(Proposal p, LeaveOut leaveOut, Long version, Language lang) {
        Set<String> groupIds = new HashSet<>();
        Set<String> applicantIds = new HashSet<>();
        for (Proposal.GroupPlan g : p.plan()) {
            groupIds.add(g.groupId());
            g.applicants().forEach(a -> applicantIds.add(a.applicantId()));
        }
        if (!groupIds.containsAll(leaveOut.groups())) {
            throw new ApiException(400, List.of(new FieldError("leaveOut.groups", lang.pick(
                    "Een van de weggelaten groepen komt niet voor in het voorstel.",
                    "One of the groups left out is not part of the proposal."))));
        }
        if (!applicantIds.containsAll(leaveOut.applicants())) {
            throw new ApiException(400, List.of(new FieldError("leaveOut.applicants", lang.pick(
                    "Een van de weggelaten plaatsingen komt niet voor in het voorstel.",
                    "One of the placements left out is not part of the proposal."))));
        }
        if (version != null && version != p.version()) {
            throw new ApiException(409, lang.pick(
                    "Het voorstel is intussen (deels) toegepast. Er is niets gedaan: bekijk het opnieuw.",
                    "The proposal was (partly) applied meanwhile. Nothing was done: review it again."));
        }
    }

    private GroupOutcome applyOne(Proposal p, Proposal.GroupPlan g, LeaveOut leaveOut, Map<String, Group> current) {
        List<String> left = new ArrayList<>();
        List<Proposal.ApplicantPlan> chosen = new ArrayList<>();
        for (Proposal.ApplicantPlan a : g.applicants()) {
            if (leaveOut.groups().contains(g.groupId()) || leaveOut.applicants().contains(a.applicantId())) {
                left.add(a.applicantId());
            } else {
                chosen.add(a);
            }
        }
        List<String> ids = chosen.stream().map(Proposal.ApplicantPlan::applicantId).toList();
        if (p.appliedGroups().contains(g.groupId())) {
            return new GroupOutcome(g.groupId(), Outcome.ALREADY_APPLIED, List.of(), List.of(), List.of(), false);
        }
        if (chosen.isEmpty()) {
            return new GroupOutcome(g.groupId(), Outcome.LEFT_OUT, List.of(), left, List.of(), false);
        }
        if (g.assumedCount() == 0 && chosen.size() < minToStart) {
            return new GroupOutcome(g.groupId(), Outcome.TOO_FEW, List.of(), left, List.of(), false);
        }
        if (changedSince(g, current.get(g.groupId()))) {
            return appliedMeanwhile(p, g) ? applied(g)
                    : new GroupOutcome(g.groupId(), Outcome.STALE, List.of(), left, List.of(), true);
        }
        ProposalStore.GroupResult r = proposals.applyGroup(p, g.only(chosen), clock.instant());
        if (!r.applied() && (r.alreadyApplied() || appliedMeanwhile(p, g))) {
            return applied(g);
        }
        Outcome outcome = r.applied() ? Outcome.APPLIED : Outcome.STALE;
        return new GroupOutcome(g.groupId(), outcome, r.applied() ? ids : List.of(), left, r.staleApplicants(),
                r.groupChanged());
    }

    /**
     * Whether another apply of this proposal (running at the same time) placed this group since it was read: then
     * the group looks changed (its members are the ones just placed), but it is applied, not stale.
     */
    private boolean appliedMeanwhile(Proposal p, Proposal.GroupPlan g) {
        return proposals.find(p.id(), clock.instant()).map(now -> now.appliedGroups().contains(g.groupId())).orElse(false);
    }

    private static GroupOutcome applied(Proposal.GroupPlan g) {
        return new GroupOutcome(g.groupId(), Outcome.ALREADY_APPLIED, List.of(), List.of(), List.of(), false);
    }

    /** A group applied before (or by another apply at the same time): who the proposal records as placed there. */
    private static GroupOutcome withRecorded(GroupOutcome o, Proposal after, Proposal before) {
        if (o.outcome() != Outcome.ALREADY_APPLIED) {
            return o;
        }
        List<String> placed = before.plan().stream().filter(g -> g.groupId().equals(o.groupId()))
                .flatMap(g -> g.applicants().stream()).map(Proposal.ApplicantPlan::applicantId)
                .filter(after.appliedApplicants()::contains).toList();
        return new GroupOutcome(o.groupId(), o.outcome(), placed, List.of(), List.of(), false);
    }

    /**
     * What the transaction cannot check: the group's slot, and who its members are (a member erased and another
     * joined leave the count as it was, but the organisation and avoid-list rules were checked against the old ones).
     */
    private boolean changedSince(Proposal.GroupPlan g, Group group) {
        if (group == null) {
            return true;
        }
        String slot = group.weekday() == null || group.partOfDay() == null ? "" : group.weekday() + "-" + group.partOfDay();
        if (g.slot() != null && !g.slot().isEmpty() && !g.slot().equals(slot)) {
            return true;
        }
        if (g.memberIds() == null) {
            return false;
        }
        LocalDate today = Calendar.today(clock);
        Set<String> now = new HashSet<>();
        memberships.members(g.groupId()).stream().filter(m -> m.leftOn() == null || m.activeOn(today))
                .forEach(m -> now.add(m.applicantId()));
        return !now.equals(Set.copyOf(g.memberIds()));
    }

    private static GroupOutcome notTried(Proposal.GroupPlan g, LeaveOut leaveOut) {
        return new GroupOutcome(g.groupId(), Outcome.NOT_TRIED, List.of(), g.applicants().stream()
                .map(Proposal.ApplicantPlan::applicantId).filter(leaveOut.applicants()::contains).toList(),
                List.of(), false);
    }

    private static List<String> targets(String proposalId, String groupId, List<String> placed) {
        List<String> targets = new ArrayList<>(List.of(proposalId, groupId));
        targets.addAll(placed);
        return targets;
    }

    /** Tells each person placed (the placement mail; the notice also tells the facilitator); never undoes a placement. */
    private void tell(List<String> placed, Group group, int[] mails) {
        for (String id : placed) {
            try {
                Optional<Applicant> applicant = applicants.get(id);
                notice.placed(applicant.orElseThrow(), group);
                mails[0]++;
            } catch (RuntimeException e) {
                mails[1]++;
                Log.error("placement mail failed", "error", e.getClass().getSimpleName());
            }
        }
    }
}
