package nl.intervisie.matching;

import nl.intervisie.store.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds the proposal: an exact min-cost flow for everything a network flow can express, a small search over the
 * one decision it cannot (which empty groups to open), and a repair for the rare avoid-list pairs; plus a bound on
 * how good any proposal can be, from the same flow with those decisions relaxed.
 *
 * <p>Why a flow: applicants → groups with capacities is a transportation problem. The preferred sizes are a convex
 * cost per extra member of a running group (parallel arcs with rising cost), and "no two of one organisation in a
 * group" is exact too: every applicant has one organisation, so an arc (organisation, group) of capacity 1 between
 * them and the group keeps them apart. Placing someone is worth more than any preference ({@link #WAIT}), so the
 * cheapest flow places as many as possible first (the medium score) and then minimises the soft penalties: the
 * same order as {@link ScoreCalculator}. Not expressible in a flow: an empty group opens with at least the minimum
 * to start or not at all (a fixed charge), and avoid-lists between two applicants (pairs). For the bound, an empty
 * group's cost is replaced by its lower convex envelope (a valid underestimate for every size, 0 or ≥ the minimum)
 * and avoid pairs are dropped: a relaxation, so no proposal can beat it. The measured gap is small because those
 * two are rare next to everything the flow decides exactly.
 */
public final class Matcher {
    /**
     * @param spentLimit      time for the whole solve; the open-group search stops at this budget
     * @param unimprovedLimit the open-group search also stops after this long without a better proposal
     */
    public record Settings(Duration spentLimit, Duration unimprovedLimit) {
        /** MATCHING_TIME_LIMIT_SECONDS (default 8) and MATCHING_UNIMPROVED_SECONDS (default 2). */
        public static Settings fromEnvironment() {
            return new Settings(Duration.ofSeconds(seconds("MATCHING_TIME_LIMIT_SECONDS", 8)),
                    Duration.ofSeconds(seconds("MATCHING_UNIMPROVED_SECONDS", 2)));
        }

        private static long seconds(String name, long fallback) {
            try {
                long value = Long.parseLong(Config.get(name, Long.toString(fallback)));
                return value > 0 && value <= 25 ? value : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    /** Cost scale: every envelope slope (a difference over at most 9 members) is a whole number of 1/2520. */
    static final long SCALE = 2520;
    /** Soft points one placement is worth above any preference (far more than any instance's soft total). */
    static final long WAIT = 10_000_000L;

    /** Arcs per applicant in the first network (their cheapest groups); pricing adds what else matters. */
    static final int START_ARCS = 8;

    private static final int CLOSED = 0;
    private static final int OPEN = 1;
    private static final int RELAXED = 2;

    private Matcher() {
    }

    /** Nothing to warm up any more (no solver factory); kept for the handler's SnapStart hook. */
    public static void prime() {
    }

    public static Assignment solve(MatchingProblem problem, Settings settings) {
        return run(problem, settings).assignment();
    }

    /** As {@link #solve(MatchingProblem, Settings)}, and never worse than start (e.g. greedy's answer). */
    public static Assignment solve(MatchingProblem problem, Settings settings, Assignment start) {
        Assignment solved = solve(problem, settings);
        if (start != null && RuleChecker.violations(start).isEmpty()
                && ScoreCalculator.score(start).compareTo(ScoreCalculator.score(solved)) > 0) {
            return start;
        }
        return solved;
    }

    /** The proposal with its score, a bound no proposal can beat, and the gap between them. */
    public static MatchingSolution run(MatchingProblem problem, Settings settings) {
        long wallStarted = System.nanoTime();
        long started = clock();
        Model model = new Model(problem);
        int[] relaxedModes = new int[problem.groups().size()];
        Arrays.fill(relaxedModes, RELAXED);
        Flow relaxed = model.solveExactly(relaxedModes, started + settings.spentLimit().toNanos() * 2 / 5);
        Bound bound = model.bound(relaxed);
        long boundMillis = (clock() - started) / 1_000_000;
        Flow best = searchOpenGroups(model, relaxed, settings, started, wallStarted);
        long millis = (System.nanoTime() - wallStarted) / 1_000_000;
        return MatchingSolution.of(best.assignment, ScoreCalculator.score(best.assignment), bound.placed, bound.soft,
                millis, boundMillis, best.solves + relaxed.solves);
    }

    /**
     * The one decision the flow cannot make: which empty groups to open. Starts with those the envelope filled to
     * the minimum, then tries the envelope's near misses (groups it filled partly) and the opened groups, best-looking
     * first, keeping a change when the proposal scores better, while time remains.
     */
    private static Flow searchOpenGroups(Model model, Flow relaxed, Settings settings, long started, long wallStarted) {
        MatchingProblem problem = model.problem;
        int groups = problem.groups().size();
        int[] modes = new int[groups];
        for (int g = 0; g < groups; g++) {
            modes[g] = relaxed.added[g] >= problem.limits().minToStart() ? OPEN : CLOSED;
        }
        Flow best = model.feasible(modes, new HashSet<>());
        Score bestScore = ScoreCalculator.score(best.assignment);
        int solves = best.solves;
        List<Integer> tries = IntStream.range(0, groups).boxed()
                .filter(g -> problem.groups().get(g).memberCount() == 0 && relaxed.added[g] > 0)
                .sorted(Comparator.comparingInt((Integer g) -> modes[g] == OPEN ? 1 : 0).thenComparingInt(g -> -relaxed.added[g]))
                .toList();
        long deadline = started + settings.spentLimit().toNanos();
        long lastImproved = clock();
        for (int g : tries) {
            long now = clock();
            long perSolve = (now - started) / Math.max(1, solves + relaxed.solves);
            if (now + 2 * perSolve > deadline || now - lastImproved > settings.unimprovedLimit().toNanos()
                    || System.nanoTime() - wallStarted > 2 * settings.spentLimit().toNanos()) {
                break;
            }
            int[] trial = best.modes.clone();
            trial[g] = trial[g] == OPEN ? CLOSED : OPEN;
            Flow f = model.feasible(trial, new HashSet<>(best.bans));
            solves += f.solves;
            Score s = ScoreCalculator.score(f.assignment);
            if (s.compareTo(bestScore) > 0) {
                best = f;
                bestScore = s;
                lastImproved = clock();
            }
        }
        return new Flow(best.assignment, best.added, best.cost, best.modes, best.bans, solves);
    }

    /** A flow's outcome: the assignment, how many each group gets, and the modes and bans that produced it. */
    private record Flow(Assignment assignment, int[] added, long cost, int[] modes, Set<Long> bans, int solves) {
    }

    /** Upper bounds: the most that can be placed, and the best soft score with that many placed. */
    private record Bound(int placed, long soft) {
    }

    /** The applicants' arcs (every group each could join on their own), built once per run. */
    private static final class Model {
        final MatchingProblem problem;
        final int candidates;
        final int groups;
        final int[][] arcGroup;
        final int[][] arcCost;
        final int[][] arcVia;      // -1: straight to the group; else the (organisation, group) node
        final int[] viaGroup;
        final int sink;
        final long baseSize;       // size penalty of every running group before anyone is added
        final int[] order;
        /** Arcs in the network: each applicant's cheapest few, plus any that pricing shows could improve the flow. */
        final boolean[][] active;
        /** Potentials of the last solve (candidates, groups, sink, via nodes), for pricing. */
        long[] lastPotential;
        long[] lastUsedReduced;
        boolean[] lastViaUsed;

        Model(MatchingProblem problem) {
            this.problem = problem;
            this.candidates = problem.candidates().size();
            this.groups = problem.groups().size();
            this.sink = candidates + groups;
            arcGroup = new int[candidates][];
            arcCost = new int[candidates][];
            arcVia = new int[candidates][];
            active = new boolean[candidates][];
            int[] org = organisations();
            Map<Long, List<Integer>> byOrgGroup = allowedArcs(org);
            viaGroup = viaNodes(org, byOrgGroup);
            startArcs();
            long base = 0;
            for (GroupSlot g : problem.groups()) {
                base += Rules.sizePenalty(g.memberCount());
            }
            baseSize = base * SCALE;
            // longest waiting first: among equally good flows, the earlier applicant keeps the better place
            order = IntStream.range(0, candidates).boxed()
                    .sorted(Comparator.comparing((Integer i) -> problem.candidates().get(i).waitingSince())
                            .thenComparing(i -> problem.candidates().get(i).id()))
                    .mapToInt(Integer::intValue).toArray();
        }

        /** Each applicant's organisation as a number, -1 for none. */
        private int[] organisations() {
            Map<String, Integer> orgIndex = new HashMap<>();
            int[] org = new int[candidates];
            for (int i = 0; i < candidates; i++) {
                String key = problem.candidates().get(i).person().organisationKey();
                org[i] = key.isEmpty() ? -1 : orgIndex.computeIfAbsent(key, k -> orgIndex.size());
            }
            return org;
        }

        /** Fills every applicant's groups and costs; returns who of each (organisation, group) could go there. */
        private Map<Long, List<Integer>> allowedArcs(int[] org) {
            Map<Long, List<Integer>> byOrgGroup = new HashMap<>();
            List<GroupSlot> gs = problem.groups();
            for (int i = 0; i < candidates; i++) {
                Candidate c = problem.candidates().get(i);
                List<Integer> allowed = new ArrayList<>();
                for (int g = 0; g < groups; g++) {
                    if (problem.fits(c, gs.get(g))) {
                        allowed.add(g);
                    }
                }
                arcGroup[i] = allowed.stream().mapToInt(Integer::intValue).toArray();
                arcCost[i] = new int[arcGroup[i].length];
                for (int k = 0; k < arcGroup[i].length; k++) {
                    arcCost[i][k] = Rules.placementCost(c, gs.get(arcGroup[i][k]));
                    if (org[i] >= 0) {
                        byOrgGroup.computeIfAbsent((long) org[i] * groups + arcGroup[i][k], x -> new ArrayList<>()).add(i);
                    }
                }
            }
            return byOrgGroup;
        }

        /** An (organisation, group) node wherever two or more of one organisation could join one group. */
        private int[] viaNodes(int[] org, Map<Long, List<Integer>> byOrgGroup) {
            Map<Long, Integer> viaIndex = new HashMap<>();
            List<Integer> viaGroups = new ArrayList<>();
            for (int i = 0; i < candidates; i++) {
                arcVia[i] = new int[arcGroup[i].length];
                for (int k = 0; k < arcGroup[i].length; k++) {
                    long key = (long) org[i] * groups + arcGroup[i][k];
                    arcVia[i][k] = -1;
                    if (org[i] >= 0 && byOrgGroup.get(key).size() > 1) {
                        final int g = arcGroup[i][k];
                        arcVia[i][k] = viaIndex.computeIfAbsent(key, x -> {
                            viaGroups.add(g);
                            return viaGroups.size() - 1;
                        });
                    }
                }
            }
            return viaGroups.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The first network: each applicant's cheapest groups (roomiest first among equals). */
        private void startArcs() {
            for (int i = 0; i < candidates; i++) {
                int n = arcGroup[i].length;
                active[i] = new boolean[n];
                final int ci = i;
                Integer[] byCost = IntStream.range(0, n).boxed().sorted(Comparator
                        .comparingInt((Integer k) -> arcCost[ci][k])
                        .thenComparingInt(k -> -problem.groups().get(arcGroup[ci][k]).free())).toArray(Integer[]::new);
                for (int k = 0; k < Math.min(START_ARCS, n); k++) {
                    active[i][byCost[k]] = true;
                }
            }
        }

        /** Solves with the given modes, closing open groups that stay below the minimum and banning avoid pairs. */
        Flow feasible(int[] modes, Set<Long> bans) {
            int[] m = modes.clone();
            int solves = 0;
            int minToStart = problem.limits().minToStart();
            while (true) {
                Flow f = solve(m, bans);
                solves++;
                boolean changed = false;
                for (int g = 0; g < groups; g++) {
                    if (m[g] == OPEN && f.added[g] < minToStart) {
                        m[g] = CLOSED;
                        changed = true;
                    }
                }
                if (!changed) {
                    changed = banConflicts(f.assignment, bans);
                }
                if (!changed) {
                    return new Flow(f.assignment, f.added, f.cost, m, bans, solves);
                }
            }
        }

        /** Bans one arc of every pair of applicants in one group that an avoid-list keeps apart. */
        private boolean banConflicts(Assignment a, Set<Long> bans) {
            List<List<Integer>> in = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                in.add(new ArrayList<>());
            }
            for (int i = 0; i < candidates; i++) {
                if (a.groupOf()[i] >= 0) {
                    in.get(a.groupOf()[i]).add(i);
                }
            }
            boolean banned = false;
            for (int g = 0; g < groups; g++) {
                List<Integer> members = in.get(g);
                for (int x = 0; x < members.size(); x++) {
                    for (int y = x + 1; y < members.size(); y++) {
                        int i = members.get(x);
                        int j = members.get(y);
                        if (Rules.conflict(problem.candidates().get(i).person(), problem.candidates().get(j).person())) {
                            // keep the one with fewer alternatives where they are
                            int move = arcGroup[i].length >= arcGroup[j].length ? i : j;
                            if (bans.add((long) move * groups + g)) {
                                banned = true;
                            }
                        }
                    }
                }
            }
            return banned;
        }

        /**
         * A cheapest flow over all arcs, computed over few, with a bound that holds whenever it stops. Solve with
         * the active arcs, then price every inactive arc with the flow's potentials: by weak (Lagrangian) duality,
         * keeping each applicant's "exactly one arc" and relaxing the other balances, no flow over all arcs costs
         * less than this flow minus, per applicant, how far their best inactive arc's reduced cost lies below their
         * used arc's. Add each applicant's best such arc and solve again, until none is left (then the bound is
         * the flow's own cost: proven optimal) or the time for it is used up (the bound is then a little lower).
         */
        Flow solveExactly(int[] modes, long deadline) {
            int solves = 0;
            long began = clock();
            while (true) {
                Flow f = solve(modes, Set.of());
                solves++;
                long[] priced = price(f.assignment); // {arcs added, deficit}
                long perSolve = (clock() - began) / solves;
                if (priced[0] == 0 || clock() + 2 * perSolve > deadline) {
                    return new Flow(f.assignment, f.added, f.cost - priced[1], f.modes, f.bans, solves);
                }
            }
        }

        /**
         * Prices the inactive arcs with the last solve's potentials; activates each applicant's best one (all of
         * them for someone waiting who could be placed). Returns {arcs added, total deficit}.
         */
        private long[] price(Assignment a) {
            long added = 0;
            long deficit = 0;
            for (int i = 0; i < candidates; i++) {
                long used = lastUsedReduced[i];
                boolean waiting = a.groupOf()[i] < 0;
                int bestK = -1;
                long bestReduced = used;
                for (int k = 0; k < arcGroup[i].length; k++) {
                    if (active[i][k]) {
                        continue;
                    }
                    int via = arcVia[i][k];
                    // a via node nobody flows through may take its group's potential (still a valid dual)
                    int target = via < 0 || !lastViaUsed[via] ? candidates + arcGroup[i][k] : sink + 1 + via;
                    long reduced = arcCost[i][k] * SCALE + lastPotential[i] - lastPotential[target];
                    if (reduced < bestReduced) {
                        bestReduced = reduced;
                        bestK = k;
                    }
                    if (waiting && reduced < used) {
                        active[i][k] = true;
                        added++;
                    }
                }
                if (bestK >= 0) {
                    added += active[i][bestK] ? 0 : 1;
                    active[i][bestK] = true;
                    deficit += used - bestReduced;
                }
            }
            return new long[]{added, deficit};
        }

        Flow solve(int[] modes, Set<Long> bans) {
            MinCostFlow net = new MinCostFlow(sink + 1 + viaGroup.length);
            int viaBase = sink + 1;
            long shift = sinkArcs(net, modes);
            int[] viaArc = new int[viaGroup.length];
            for (int v = 0; v < viaGroup.length; v++) {
                viaArc[v] = net.addArc(viaBase + v, candidates + viaGroup[v], 1, 0);
            }
            int[] waitArc = new int[candidates];
            for (int i = 0; i < candidates; i++) {
                Candidate c = problem.candidates().get(i);
                waitArc[i] = net.addArc(i, sink, 1, (WAIT + c.waitWeight()) * SCALE + shift);
                for (int k = 0; k < arcGroup[i].length; k++) {
                    int g = arcGroup[i][k];
                    if (!active[i][k] || modes[g] == CLOSED && problem.groups().get(g).memberCount() == 0
                            || bans.contains((long) i * groups + g)) {
                        continue;
                    }
                    int target = arcVia[i][k] < 0 ? candidates + g : viaBase + arcVia[i][k];
                    net.addArc(i, target, 1, arcCost[i][k] * SCALE);
                }
            }
            for (int i : order) {
                net.sendOne(i, sink);
            }
            remember(net, viaArc);
            Assignment a = Assignment.empty(problem);
            int[] added = new int[groups];
            for (int i = 0; i < candidates; i++) {
                for (int e = net.firstArc(i); e >= 0; e = net.nextArc(e)) {
                    if ((e & 1) == 0 && net.flow(e) > 0 && e != waitArc[i]) {
                        int t = net.target(e);
                        int g = t < sink ? t - candidates : viaGroup[t - viaBase];
                        a.groupOf()[i] = g;
                        added[g]++;
                    }
                }
            }
            return new Flow(a, added, net.totalCost() - shift * candidates + baseSize, modes, bans, 1);
        }

        /** The potentials and used arcs of a solved network, for pricing. */
        private void remember(MinCostFlow net, int[] viaArc) {
            lastPotential = new long[net.nodeCount()];
            for (int v = 0; v < net.nodeCount(); v++) {
                lastPotential[v] = net.potential(v);
            }
            lastUsedReduced = new long[candidates];
            for (int i = 0; i < candidates; i++) {
                for (int e = net.firstArc(i); e >= 0; e = net.nextArc(e)) {
                    if ((e & 1) == 0 && net.flow(e) > 0) {
                        lastUsedReduced[i] = net.cost(e) + lastPotential[i] - lastPotential[net.target(e)];
                    }
                }
            }
            lastViaUsed = new boolean[viaGroup.length];
            for (int v = 0; v < viaGroup.length; v++) {
                lastViaUsed[v] = net.flow(viaArc[v]) > 0;
            }
        }

        /**
         * Arcs from each group to the sink, one per run of equal cost per extra member (cheapest first, so the
         * flow fills in order); all shifted by one constant so none is negative. Returns the shift.
         */
        private long sinkArcs(MinCostFlow net, int[] modes) {
            List<long[]> arcs = new ArrayList<>(); // {from, capacity, cost}
            for (int g = 0; g < groups; g++) {
                long[] marginal = marginal(problem.groups().get(g), modes[g]);
                for (int k = 0; k < marginal.length; ) {
                    int run = 1;
                    while (k + run < marginal.length && marginal[k + run] == marginal[k]) {
                        run++;
                    }
                    arcs.add(new long[]{candidates + g, run, marginal[k]});
                    k += run;
                }
            }
            long shift = 0;
            for (long[] a : arcs) {
                shift = Math.max(shift, -a[2]);
            }
            for (long[] a : arcs) {
                net.addArc((int) a[0], sink, (int) a[1], a[2] + shift);
            }
            return shift;
        }

        /** Scaled cost of each extra member of a group: size penalties; for an empty group per its mode. */
        private long[] marginal(GroupSlot group, int mode) {
            int free = group.free();
            int minToStart = problem.limits().minToStart();
            long[] marginal = new long[free];
            if (group.memberCount() > 0) {
                for (int k = 1; k <= free; k++) {
                    marginal[k - 1] = (Rules.sizePenalty(group.memberCount() + k)
                            - Rules.sizePenalty(group.memberCount() + k - 1)) * SCALE;
                }
                return marginal;
            }
            if (mode == RELAXED) {
                return envelope(free, minToStart);
            }
            if (mode == CLOSED) {
                return new long[0];
            }
            // open: the first minToStart at their average cost, less a reward that makes the flow fill them first
            long start = opened(minToStart) * SCALE;
            for (int k = 1; k <= free; k++) {
                marginal[k - 1] = k <= minToStart ? start / minToStart - WAIT * SCALE : (opened(k) - opened(k - 1)) * SCALE;
            }
            return marginal;
        }

        /** The relaxed flow's cost as bounds: waiting count and soft score (scores are minus costs). */
        Bound bound(Flow relaxed) {
            long unit = WAIT * SCALE;
            long waiting = Math.floorDiv(relaxed.cost, unit);
            long softCost = relaxed.cost - waiting * unit;
            long soft = -Math.floorDiv(softCost + SCALE - 1, SCALE); // the true soft cost is whole: round up
            return new Bound((int) (candidates - waiting), soft);
        }
    }

    /**
     * The time the budget counts: this thread's CPU time, so a run on a shared machine gets the same search as
     * on Lambda (where the function has its vCPU to itself and CPU time is wall time), capped at twice the wall.
     */
    private static long clock() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Soft cost of an empty group opened with k people: opening plus its size penalty. */
    private static long opened(int k) {
        return Rules.OPEN_EMPTY_GROUP + Rules.sizePenalty(k);
    }

    /**
     * Per-member cost (scaled) of the lower convex envelope of an empty group's cost over 0 and minToStart..free:
     * at every size it is at most the true cost, so a flow over it bounds every proposal.
     */
    static long[] envelope(int free, int minToStart) {
        long[] marginal = new long[free];
        int at = 0;
        long costAt = 0;
        while (at < free) {
            int bestK = -1;
            long bestNum = 0;
            int bestDen = 1;
            for (int k = Math.max(at + 1, minToStart); k <= free; k++) {
                long num = opened(k) * SCALE - costAt;
                int den = k - at;
                if (bestK < 0 || num * bestDen < bestNum * den || num * bestDen == bestNum * den) {
                    bestK = k;
                    bestNum = num;
                    bestDen = den;
                }
            }
            if (bestK < 0) {
                break;
            }
            long slope = bestNum / bestDen;
            for (int k = at; k < bestK; k++) {
                marginal[k] = slope;
            }
            costAt = opened(bestK) * SCALE;
            at = bestK;
        }
        return marginal;
    }
}
