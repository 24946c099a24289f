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
        long wallDeadline = wallStarted + 2 * settings.spentLimit().toNanos();
        long started = clock();
        long deadline = started + settings.spentLimit().toNanos();
        Model model = new Model(problem);
        int groups = problem.groups().size();
        int minToStart = problem.limits().minToStart();

        int[] relaxedModes = new int[groups];
        Arrays.fill(relaxedModes, RELAXED);
        Flow relaxed = model.solveExactly(relaxedModes, started + settings.spentLimit().toNanos() * 2 / 5);
        Bound bound = model.bound(relaxed);
        long boundNanos = clock() - started;

        int[] modes = new int[groups];
        for (int g = 0; g < groups; g++) {
            modes[g] = relaxed.added[g] >= minToStart ? OPEN : CLOSED;
        }
        Set<Long> bans = new HashSet<>();
        Flow best = model.feasible(modes, bans);
        Score bestScore = ScoreCalculator.score(best.assignment);
        int solves = 1 + best.solves;

        // The one decision the flow cannot make: which empty groups to open. Try the envelope's near misses
        // (groups it filled partly) and the opened groups, best-looking first, while time remains.
        List<Integer> tries = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (problem.groups().get(g).memberCount() == 0 && relaxed.added[g] > 0) {
                tries.add(g);
            }
        }
        tries.sort(Comparator.comparingInt((Integer g) -> modes[g] == OPEN ? 1 : 0)
                .thenComparingInt(g -> -relaxed.added[g]));
        long unimproved = settings.unimprovedLimit().toNanos();
        long lastImproved = clock();
        int[] current = best.modes.clone();
        for (int g : tries) {
            long now = clock();
            long perSolve = (now - started) / Math.max(1, solves);
            if (now + 2 * perSolve > deadline || now - lastImproved > unimproved || System.nanoTime() > wallDeadline) {
                break;
            }
            int[] trial = current.clone();
            trial[g] = trial[g] == OPEN ? CLOSED : OPEN;
            Flow f = model.feasible(trial, new HashSet<>(best.bans));
            solves += f.solves;
            Score s = ScoreCalculator.score(f.assignment);
            if (s.compareTo(bestScore) > 0) {
                best = f;
                bestScore = s;
                current = f.modes.clone();
                lastImproved = clock();
            }
        }
        long millis = (System.nanoTime() - wallStarted) / 1_000_000;
        return MatchingSolution.of(best.assignment, bestScore, bound.placed, bound.soft, millis,
                boundNanos / 1_000_000, solves + relaxed.solves - 1);
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
            Map<Long, List<Integer>> byOrgGroup = new HashMap<>();
            Map<String, Integer> orgIndex = new HashMap<>();
            int[] org = new int[candidates];
            List<GroupSlot> gs = problem.groups();
            for (int i = 0; i < candidates; i++) {
                Candidate c = problem.candidates().get(i);
                String key = c.person().organisationKey();
                org[i] = key.isEmpty() ? -1 : orgIndex.computeIfAbsent(key, k -> orgIndex.size());
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
            Map<Long, Integer> viaIndex = new HashMap<>();
            List<Integer> viaGroups = new ArrayList<>();
            for (int i = 0; i < candidates; i++) {
                arcVia[i] = new int[arcGroup[i].length];
                for (int k = 0; k < arcGroup[i].length; k++) {
                    arcVia[i][k] = -1;
                    if (org[i] >= 0) {
                        long key = (long) org[i] * groups + arcGroup[i][k];
                        if (byOrgGroup.get(key).size() > 1) {
                            final int g = arcGroup[i][k];
                            arcVia[i][k] = viaIndex.computeIfAbsent(key, x -> {
                                viaGroups.add(g);
                                return viaGroups.size() - 1;
                            });
                        }
                    }
                }
            }
            viaGroup = viaGroups.stream().mapToInt(Integer::intValue).toArray();
            active = new boolean[candidates][];
            for (int i = 0; i < candidates; i++) {
                int n = arcGroup[i].length;
                active[i] = new boolean[n];
                final int ci = i;
                Integer[] byCost = IntStream.range(0, n).boxed().sorted(Comparator
                        .comparingInt((Integer k) -> arcCost[ci][k])
                        .thenComparingInt(k -> -gs.get(arcGroup[ci][k]).free())).toArray(Integer[]::new);
                for (int k = 0; k < Math.min(START_ARCS, n); k++) {
                    active[i][byCost[k]] = true;
                }
            }
            long base = 0;
            for (GroupSlot g : gs) {
                base += Rules.sizePenalty(g.memberCount());
            }
            baseSize = base * SCALE;
            // longest waiting first: among equally good flows, the earlier applicant keeps the better place
            order = IntStream.range(0, candidates).boxed()
                    .sorted(Comparator.comparing((Integer i) -> problem.candidates().get(i).waitingSince())
                            .thenComparing(i -> problem.candidates().get(i).id()))
                    .mapToInt(Integer::intValue).toArray();
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
                int added = 0;
                long deficit = 0;
                for (int i = 0; i < candidates; i++) {
                    long used = lastUsedReduced[i];
                    boolean waiting = f.assignment.groupOf()[i] < 0;
                    int bestK = -1;
                    long bestReduced = used;
                    for (int k = 0; k < arcGroup[i].length; k++) {
                        if (active[i][k]) {
                            continue;
                        }
                        int g = arcGroup[i][k];
                        int via = arcVia[i][k];
                        // a via node nobody flows through may take its group's potential (still a valid dual)
                        int target = via < 0 || !lastViaUsed[via] ? candidates + g : sink + 1 + via;
                        long reduced = arcCost[i][k] * SCALE + lastPotential[i] - lastPotential[target];
                        if (reduced < bestReduced) {
                            bestReduced = reduced;
                            bestK = k;
                        }
                        if (waiting && reduced < used) {
                            active[i][k] = true; // someone waiting who could be placed: all their arcs at once
                            added++;
                        }
                    }
                    if (bestK >= 0) {
                        if (!active[i][bestK]) {
                            active[i][bestK] = true;
                            added++;
                        }
                        deficit += used - bestReduced;
                    }
                }
                long perSolve = (clock() - began) / solves;
                if (added == 0 || clock() + 2 * perSolve > deadline) {
                    return new Flow(f.assignment, f.added, f.cost - deficit, f.modes, f.bans, solves);
                }
            }
        }

        Flow solve(int[] modes, Set<Long> bans) {
            int minToStart = problem.limits().minToStart();
            MinCostFlow net = new MinCostFlow(sink + 1 + viaGroup.length);
            int viaBase = sink + 1;
            // arcs into the sink: cheapest first per group; shifted by one constant so none is negative
            List<long[]> sinkArcs = new ArrayList<>(); // {from, capacity, cost}
            for (int g = 0; g < groups; g++) {
                GroupSlot group = problem.groups().get(g);
                int free = group.free();
                if (free == 0) {
                    continue;
                }
                long[] marginal = new long[free];
                if (group.memberCount() > 0) {
                    for (int k = 1; k <= free; k++) {
                        marginal[k - 1] = (Rules.sizePenalty(group.memberCount() + k)
                                - Rules.sizePenalty(group.memberCount() + k - 1)) * SCALE;
                    }
                } else if (modes[g] == OPEN) {
                    long start = opened(minToStart) * SCALE;
                    for (int k = 1; k <= free; k++) {
                        marginal[k - 1] = k <= minToStart ? start / minToStart - WAIT * SCALE
                                : (opened(k) - opened(k - 1)) * SCALE;
                    }
                } else if (modes[g] == RELAXED) {
                    marginal = envelope(free, minToStart);
                } else {
                    continue;
                }
                for (int k = 0; k < free; ) {
                    int run = 1;
                    while (k + run < free && marginal[k + run] == marginal[k]) {
                        run++;
                    }
                    sinkArcs.add(new long[]{candidates + g, run, marginal[k]});
                    k += run;
                }
            }
            long shift = 0;
            for (long[] a : sinkArcs) {
                shift = Math.max(shift, -a[2]);
            }
            for (long[] a : sinkArcs) {
                net.addArc((int) a[0], sink, (int) a[1], a[2] + shift);
            }
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
            long t0 = System.nanoTime();
            for (int i : order) {
                net.sendOne(i, sink);
            }
            if (Boolean.getBoolean("matching.trace")) {
                System.err.printf("flow: %d nodes, %d ms, %d settled, %d scanned%n", net.nodeCount(),
                        (System.nanoTime() - t0) / 1_000_000, net.settledTotal, net.scanned);
            }
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
            long cost = net.totalCost() - shift * candidates + baseSize;
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
            return new Flow(a, added, cost, modes, bans, 1);
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
