package nl.intervisie.matching;

import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.ApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupStore;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.http.Caller;
import nl.intervisie.http.Language;
import nl.intervisie.groups.PlacementNotice;
import nl.intervisie.mail.Mailer;
import nl.intervisie.planning.PlacementMails;
import nl.intervisie.network.Calendar;

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
        return readProblem(limits);
    }

    /** The same, with the coordinator's limits for this run. */
    MatchingProblem readProblem(Rules.Limits runLimits) {
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
            slots.add(MatchingInput.group(g, sg.memberCount(), members));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Applicant a : applicants.listByStatus(ApplicantStatus.WAITING)) {
            long days = Duration.between(a.createdAt(), now).toDays();
            candidates.add(MatchingInput.candidate(a,
                    Person.of(a.id(), a.name(), a.organisation(), a.avoid(), history.get(a.id())), Rules.waitWeight(days)));
        }
        return new MatchingProblem(slots, candidates, runLimits);
    }

    public Proposal create(Caller caller, Matcher.Settings settings) {
        return create(caller, settings, null);
    }

    /** @param maxKm the coordinator's maximum distance (km) to an in-person group for this proposal; null: the setting */
    public Proposal create(Caller caller, Matcher.Settings settings, Double maxKm) {
        Rules.Limits runLimits = maxKm == null ? limits : new Rules.Limits(maxKm, limits.minToStart());
        MatchingProblem problem = readProblem(runLimits);
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
        Explainer.Explanations explanations = Explainer.explain(chosen, newGroups);

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
        body.put("maxKm", runLimits.maxKm());
        body.put("placedCount", chosen.placedCount());
        body.put("waitingCount", problem.candidates().size() - chosen.placedCount());
        ProposalBody.put(body, explanations, newGroups);
        List<Proposal.GroupPlan> plan = plan(problem, chosen);
        Proposal proposal = new Proposal(id, now, plan, body);
        proposals.save(proposal, now.plus(PROPOSAL_RETENTION));
        audit.record(caller, "matching.propose", List.of(id));
        return proposal;
    }

    /** What applying assumes, per group with placements: its members and facts, each applicant's version. */
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
                plan.add(new Proposal.GroupPlan(slot.id(), slot.memberCount(), slot.language(), slot.mode(), slot.slot(),
                        slot.members().stream().map(Person::id).toList(), into));
            }
        }
        return plan;
    }

    public Optional<Proposal> find(String id) {
        return proposals.find(id, clock.instant());
    }

    public List<Proposal> recent() {
        return proposals.recent(20, clock.instant());
    }

    /** The proposal as the coordinator reviews it, in words, with the groups' and the people's names. */
    public Map<String, Object> view(Proposal p, Language lang) {
        Map<String, Group> byId = new HashMap<>();
        groups.list().forEach(g -> byId.put(g.group().id(), g.group()));
        Map<String, String> names = new HashMap<>();
        applicants.listByStatus(ApplicantStatus.WAITING).forEach(a -> names.put(a.id(), a.name()));
        // PLACED too: the people this proposal placed, or who were placed by hand since (a stale group names them).
        applicants.listByStatus(ApplicantStatus.PLACED).forEach(a -> names.put(a.id(), a.name()));
        Map<String, Object> view = ProposalView.of(p, byId, names, lang);
        view.put("minToStart", limits.minToStart());
        return view;
    }

    /** Applies a reviewed proposal group by group (see {@link ProposalApply}), with this service's stores. */
    public ProposalApply applier() {
        return new ProposalApply(applicants, groups, memberships, proposals, audit, notice, clock, limits.minToStart(),
                ProposalApply.DEFAULT_BUDGET);
    }
}
