package nl.intervisie.matching;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.FieldError;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.groups.PlacementNotice;
import nl.intervisie.mail.Mailer;
import nl.intervisie.planning.PlacementMails;
import nl.intervisie.network.Calendar;
import nl.intervisie.http.Log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates, reads and accepts matching proposals. */
public final class MatchingService {
    static final Duration PROPOSAL_RETENTION = Duration.ofDays(30);
    static final int MAX_TRANSACTION_ACTIONS = Proposal.MAX_TRANSACTION_ACTIONS;

    private final ApplicantStore applicants;
    private final GroupStore groups;
    private final MembershipStore memberships;
    private final ProposalStore proposals;
    private final AuditLog audit;
    private final PlacementNotice notice;
    private final Clock clock;
    private final Rules.Limits limits;

    public MatchingService(ApplicantStore applicants, GroupStore groups, MembershipStore memberships,
                           ProposalStore proposals, AuditLog audit, Mailer mailer, Clock clock) {
        this(applicants, groups, memberships, proposals, audit, mailer, clock, Rules.Limits.DEFAULT);
    }

    /** Placement mails without the plan and links (tests and tools): {@link PlacementMails#plain}. */
    public MatchingService(ApplicantStore applicants, GroupStore groups, MembershipStore memberships,
                           ProposalStore proposals, AuditLog audit, Mailer mailer, Clock clock, Rules.Limits limits) {
        this(applicants, groups, memberships, proposals, audit, PlacementMails.plain(mailer), clock, limits);
    }

    /**
     * The deployed service. (A factory, not a constructor: a test's {@code mails::add} would fit both.)
     *
     * @param notice tells each placed person (and their facilitator) after a group is applied
     * @param limits the coordinator's maximum distance and minimum to start an empty group
     */
    public static MatchingService telling(ApplicantStore applicants, GroupStore groups, MembershipStore memberships,
                                          ProposalStore proposals, AuditLog audit, PlacementNotice notice, Clock clock,
                                          Rules.Limits limits) {
        return new MatchingService(applicants, groups, memberships, proposals, audit, notice, clock, limits);
    }

    private MatchingService(ApplicantStore applicants, GroupStore groups, MembershipStore memberships,
                            ProposalStore proposals, AuditLog audit, PlacementNotice notice, Clock clock,
                            Rules.Limits limits) {
        this.limits = limits;
        this.applicants = applicants;
        this.groups = groups;
        this.memberships = memberships;
        this.proposals = proposals;
        this.audit = audit;
        this.notice = notice;
        this.clock = clock;
    }

    /** Reads waiting applicants (NEEDS_REVIEW is left out until a coordinator clears it) and groups into a problem. */
    MatchingProblem readProblem() {
        Instant now = clock.instant();
        List<GroupStore.StoredGroup> stored = groups.list();
        Map<String, Applicant> placed = new HashMap<>();
        applicants.listByStatus(ApplicantStatus.PLACED).forEach(a -> placed.put(a.id(), a));
        Map<String, Set<String>> history = new HashMap<>();
        Map<String, List<String>> active = new HashMap<>();
        LocalDate today = Calendar.dateOf(now);
        for (GroupStore.StoredGroup g : stored) {
            for (Membership m : memberships.members(g.group().id())) {
                history.computeIfAbsent(m.applicantId(), k -> new HashSet<>()).add(m.groupId());
                if (m.leftOn() == null || m.activeOn(today)) {
                    active.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(m.applicantId());
                }
            }
        }
        List<GroupSlot> slots = new ArrayList<>();
        for (GroupStore.StoredGroup sg : stored) {
            Group g = sg.group();
            List<Person> members = new ArrayList<>();
            for (String id : active.getOrDefault(g.id(), List.of())) {
                Applicant a = placed.get(id);
                members.add(a == null ? Person.of(id, "", "", List.of(), history.get(id))
                        : Person.of(id, a.name(), a.organisation(), a.avoid(), history.get(id)));
            }
            slots.add(new GroupSlot(g.id(), g.language(), g.mode(), g.region(), g.capacity(), sg.memberCount(), members));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Applicant a : applicants.listByStatus(ApplicantStatus.WAITING)) {
            long days = Duration.between(a.createdAt(), now).toDays();
            candidates.add(new Candidate(Person.of(a.id(), a.name(), a.organisation(), a.avoid(), history.get(a.id())),
                    nonNull(a.language(), "nl"), nonNull(a.mode(), "either"), nonNull(a.region(), ""),
                    a.createdAt(), a.version(), Rules.waitWeight(days)));
        }
        return new MatchingProblem(slots, candidates, limits);
    }

    private static String nonNull(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    public Proposal create(Caller caller, Matcher.Settings settings) {
        MatchingProblem problem = readProblem();
        long started = System.nanoTime();
        Assignment greedy = Greedy.assign(problem);
        // The flow solver at every size (no greedy fallback); it reports a bound and the gap to it.
        MatchingSolution solution = Matcher.run(problem, settings);
        long solveMillis = (System.nanoTime() - started) / 1_000_000;
        Score solverScore = solution.score();
        Score greedyScore = ScoreCalculator.score(greedy);
        // A rule-breaking answer is never proposed (defence in depth); greedy only if it were somehow better.
        boolean useSolver = RuleChecker.violations(solution.assignment()).isEmpty() && solverScore.compareTo(greedyScore) >= 0;
        Assignment chosen = useSolver ? solution.assignment() : greedy;
        List<NewGroups.NewGroup> newGroups = NewGroups.propose(chosen);
        List<Explainer.Explanation> explanations = Explainer.explain(chosen, newGroups);

        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("createdAt", now.toString());
        body.put("solver", useSolver ? "flow" : "greedy");
        body.put("solveMillis", solveMillis);
        body.put("score", useSolver ? solverScore.toString() : greedyScore.toString());
        body.put("greedyScore", greedyScore.toString());
        body.put("solverScore", solverScore.toString());
        body.put("placedBound", solution.placedBound());
        body.put("softBound", solution.softBound());
        body.put("gap", solution.gap());
        body.put("placedCount", chosen.placedCount());
        body.put("waitingCount", problem.candidates().size() - chosen.placedCount());
        explain(body, explanations, newGroups);
        List<Proposal.GroupPlan> plan = plan(problem, chosen);
        Proposal proposal = new Proposal(id, now, Proposal.OPEN, 0, List.of(), plan, body);
        proposals.save(proposal, now.plus(PROPOSAL_RETENTION));
        audit.record(caller, "matching.propose", List.of(id));
        return proposal;
    }

    /** The proposal's entries: who goes where and who waits, each with the reasons, and the suggested new groups. */
    private static void explain(Map<String, Object> body, List<Explainer.Explanation> explanations,
                                List<NewGroups.NewGroup> newGroups) {
        List<Object> assignments = new ArrayList<>();
        List<Object> waiting = new ArrayList<>();
        for (Explainer.Explanation e : explanations) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("applicantId", e.applicantId());
            if (e.groupId() != null) {
                entry.put("groupId", e.groupId());
            } else {
                entry.put("newGroup", e.newGroup());
            }
            entry.put("reasons", e.reasons().stream().map(MatchingService::reasonJson).toList());
            (e.groupId() != null ? assignments : waiting).add(entry);
        }
        body.put("assignments", assignments);
        List<Object> suggested = new ArrayList<>();
        for (int n = 0; n < newGroups.size(); n++) {
            NewGroups.NewGroup g = newGroups.get(n);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", n);
            entry.put("language", g.language());
            entry.put("mode", g.mode());
            entry.put("region", g.region());
            entry.put("applicantIds", g.applicantIds());
            suggested.add(entry);
        }
        body.put("newGroups", suggested);
        body.put("waiting", waiting);
    }

    /** What accepting assumes, per group with placements: its member count and facts, each applicant's version. */
    private static List<Proposal.GroupPlan> plan(MatchingProblem problem, Assignment chosen) {
        List<Proposal.GroupPlan> plan = new ArrayList<>();
        for (int g = 0; g < problem.groups().size(); g++) {
            List<Proposal.ApplicantPlan> into = new ArrayList<>();
            for (int i = 0; i < problem.candidates().size(); i++) {
                if (chosen.groupOf()[i] == g) {
                    Candidate c = problem.candidates().get(i);
                    into.add(new Proposal.ApplicantPlan(c.id(), c.version()));
                }
            }
            if (!into.isEmpty()) {
                GroupSlot slot = problem.groups().get(g);
                plan.add(new Proposal.GroupPlan(slot.id(), slot.memberCount(), slot.language(), slot.mode(), into));
            }
        }
        return plan;
    }

    private static Map<String, Object> reasonJson(Explainer.Reason r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("groupId", r.groupId());
        m.put("detail", r.detail());
        m.put("with", r.with());
        return m;
    }

    public Optional<Proposal> find(String id) {
        return proposals.find(id, clock.instant());
    }

    public List<Proposal> recent() {
        return proposals.recent(20, clock.instant());
    }

    /** What an accept did. */
    public record Accepted(Proposal proposal, List<String> groupIds, List<String> applicantIds, int mailsFailed, boolean complete) {
    }

    /**
     * Accepts the whole proposal (all groups not yet accepted) or one group of it, in one transaction. A proposal
     * whose whole accept exceeds one transaction is refused with 422, naming the per-group route: each group's
     * transaction stands alone, so nothing is ever half-applied within what the coordinator accepted.
     */
    public Accepted accept(Caller caller, String id, String groupId, Language lang) {
        Proposal p = find(id).orElseThrow(() -> new ApiException(404, lang.pick(
                "Dit voorstel bestaat niet (meer).", "This proposal does not exist (any more).")));
        if (Proposal.ACCEPTED.equals(p.status())) {
            throw new ApiException(409, lang.pick("Dit voorstel is al geaccepteerd.", "This proposal has already been accepted."));
        }
        List<Proposal.GroupPlan> remaining = p.plan().stream().filter(g -> !p.acceptedGroups().contains(g.groupId())).toList();
        List<Proposal.GroupPlan> chosen = chooseGroups(p, remaining, groupId, lang);
        List<String> conflicted = groupsWithNewConflicts(chosen);
        if (!conflicted.isEmpty()) {
            throw stale(new ProposalStore.ApplyResult(false, false, List.of(), conflicted), lang);
        }
        boolean completes = chosen.size() == remaining.size();
        ProposalStore.ApplyResult result = proposals.apply(p, chosen, completes, clock.instant());
        if (!result.applied()) {
            throw stale(result, lang);
        }
        List<String> groupIds = chosen.stream().map(Proposal.GroupPlan::groupId).toList();
        List<String> placedIds = chosen.stream().flatMap(g -> g.applicants().stream()).map(Proposal.ApplicantPlan::applicantId).toList();
        List<String> targets = new ArrayList<>();
        targets.add(id);
        targets.addAll(groupIds);
        targets.addAll(placedIds);
        audit.record(caller, "matching.accept", targets);
        return new Accepted(p, groupIds, placedIds, tellPlaced(chosen), completes);
    }

    /** The one group asked for (404 when not in the proposal, 409 when accepted already), or all that remain (422 when too many). */
    private static List<Proposal.GroupPlan> chooseGroups(Proposal p, List<Proposal.GroupPlan> remaining, String groupId,
                                                         Language lang) {
        if (groupId != null) {
            if (p.acceptedGroups().contains(groupId)) {
                throw new ApiException(409, lang.pick("Deze groep uit het voorstel is al geaccepteerd.",
                        "This group of the proposal has already been accepted."));
            }
            List<Proposal.GroupPlan> chosen = remaining.stream().filter(g -> g.groupId().equals(groupId)).toList();
            if (chosen.isEmpty()) {
                throw new ApiException(404, List.of(new FieldError("group", lang.pick(
                        "Deze groep komt niet voor in het voorstel.", "This group is not part of the proposal."))));
            }
            return chosen;
        }
        if (Proposal.actions(remaining) > MAX_TRANSACTION_ACTIONS) {
            String ids = String.join(", ", remaining.stream().map(Proposal.GroupPlan::groupId).toList());
            throw new ApiException(422, lang.pick(
                    "Dit voorstel is te groot om in één keer toe te passen (" + Proposal.actions(remaining)
                            + " wijzigingen, hooguit " + MAX_TRANSACTION_ACTIONS + "). Accepteer het per groep: "
                            + "POST …/accept?group=<groep> voor " + ids + ".",
                    "This proposal is too large to apply at once (" + Proposal.actions(remaining) + " changes, at most "
                            + MAX_TRANSACTION_ACTIONS + "). Accept it per group: POST …/accept?group=<group> for " + ids + "."));
        }
        return remaining;
    }

    /**
     * Groups whose current members now conflict with someone the proposal places there. The transaction checks the
     * member count, but a member who was erased and another who joined since leave the count as it was; so the
     * members are read again and the organisation and avoid-list rules checked before anything is written.
     */
    private List<String> groupsWithNewConflicts(List<Proposal.GroupPlan> chosen) {
        LocalDate today = Calendar.today(clock);
        List<String> conflicted = new ArrayList<>();
        for (Proposal.GroupPlan g : chosen) {
            List<Person> members = memberships.members(g.groupId()).stream()
                    .filter(m -> m.leftOn() == null || m.activeOn(today))
                    .map(m -> applicants.get(m.applicantId())).flatMap(Optional::stream)
                    .map(a -> Person.of(a.id(), a.name(), a.organisation(), a.avoid(), Set.of())).toList();
            for (Proposal.ApplicantPlan placed : g.applicants()) {
                // An applicant that is gone or changed fails the transaction's version condition instead.
                Optional<Person> person = applicants.get(placed.applicantId())
                        .map(a -> Person.of(a.id(), a.name(), a.organisation(), a.avoid(), Set.of()));
                if (person.isPresent() && members.stream().anyMatch(m -> Rules.conflict(person.get(), m))) {
                    conflicted.add(g.groupId());
                    break;
                }
            }
        }
        return conflicted;
    }

    private static ApiException stale(ProposalStore.ApplyResult r, Language lang) {
        List<FieldError> errors = new ArrayList<>();
        if (r.proposalChanged()) {
            errors.add(new FieldError(null, lang.pick(
                    "Het voorstel is intussen (deels) geaccepteerd. Lees het opnieuw.",
                    "The proposal was (partly) accepted meanwhile. Read it again.")));
        }
        if (!r.staleApplicants().isEmpty()) {
            errors.add(new FieldError("applicants", lang.pick(
                    "Deze aanmeldingen zijn veranderd sinds het voorstel: ", "These applications changed since the proposal: ")
                    + String.join(", ", r.staleApplicants())));
        }
        if (!r.staleGroups().isEmpty()) {
            errors.add(new FieldError("groups", lang.pick(
                    "Deze groepen zijn veranderd sinds het voorstel: ", "These groups changed since the proposal: ")
                    + String.join(", ", r.staleGroups())));
        }
        errors.add(new FieldError(null, lang.pick(
                "Er is niets toegepast. Maak een nieuw voorstel.", "Nothing was applied. Create a new proposal.")));
        return new ApiException(409, errors);
    }

    /** Mails every placed applicant; a failed mail never undoes a placement. Returns how many failed. */
    private int tellPlaced(List<Proposal.GroupPlan> chosen) {
        Map<String, Group> catalogue = new HashMap<>();
        groups.list().forEach(g -> catalogue.put(g.group().id(), g.group()));
        int failed = 0;
        for (Proposal.GroupPlan g : chosen) {
            Group group = catalogue.get(g.groupId());
            for (Proposal.ApplicantPlan a : g.applicants()) {
                try {
                    Applicant applicant = applicants.get(a.applicantId()).orElseThrow();
                    notice.placed(applicant, group);
                } catch (RuntimeException e) {
                    failed++;
                }
            }
        }
        if (failed > 0) {
            Log.error("placement mails failed", "count", failed);
        }
        return failed;
    }
}
