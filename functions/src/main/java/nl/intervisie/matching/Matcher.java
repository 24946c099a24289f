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
 * Finds the proposal: an exact min-cost flow for everything a network flow can express, a search over the one
 * decision it cannot (which empty groups to open), and a repair for the rare avoid-list pairs; plus a bound on how
 * good any proposal can be, by branch and bound over that decision with the flow as each node's bound. One warm
 * network ({@link MatchingNetwork}) serves every step: a change re-routes only the flow it touches.
 *
 * <p>Why a flow: applicants → groups with capacities is a transportation problem. The preferred sizes are a convex
 * cost per extra member of a running group (parallel arcs with rising cost), and "no two of one organisation in a
 * group" is exact too: every applicant has one organisation, so an arc (organisation, group) of capacity 1 between
 * them and the group keeps them apart. Placing someone is worth more than any preference ({@link #WAIT}), so the
 * cheapest flow places as many as possible first (the medium score) and then minimises the soft penalties: the
 * same order as {@link ScoreCalculator}. Not expressible in a flow: an empty group opens with at least the minimum
 * to start or not at all (a fixed charge), and avoid-lists between two applicants (pairs). For the bound, an empty
 * group's cost is replaced by its lower convex envelope (a valid underestimate for every size, 0 or ≥ the minimum),
 * branching closes or opens the groups where that is loose, and avoid pairs are dropped: a relaxation, so no
 * proposal can beat it.
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
    static final int START_ARCS = Integer.getInteger("matching.startArcs", 20);
    /** Arcs pricing adds per round for someone waiting (their best); one for someone placed. */
    static final int PRICED_WAITING = Integer.getInteger("matching.pricedWaiting", 16);

    private static final boolean TRACE = Boolean.getBoolean("matching.trace");
    private static final int CLOSED = MatchingNetwork.CLOSED;
    private static final int OPEN = MatchingNetwork.OPEN;
    private static final int RELAXED = MatchingNetwork.RELAXED;

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
        Budget budget = new Budget(settings, started, wallStarted);
        MatchingNetwork net = new MatchingNetwork(problem, START_ARCS);
        if (TRACE) {
            System.err.printf("network %d ms%n", (clock() - started) / 1_000_000);
        }
        long limit = settings.spentLimit().toNanos();
        long bound = converge(net, budget, started + limit * 3 / 10);
        int[] relaxedAdded = net.assignment().addedPerGroup();
        budget.searchUntil = started + limit * 3 / 4;
        Flow best = searchOpenGroups(net, relaxedAdded, budget);
        // the bound once more, from the warm network the search leaves (it holds the arcs that matter by now)
        long boundStarted = clock();
        BranchAndBound bnb = new BranchAndBound(net, budget, costOf(ScoreCalculator.score(best.assignment)));
        bound = Math.max(bound, bnb.run());
        if (bnb.better != null && ScoreCalculator.score(bnb.better).compareTo(ScoreCalculator.score(best.assignment)) > 0) {
            best = new Flow(bnb.better, best.modes, best.bans);
        }
        long boundMillis = (clock() - boundStarted) / 1_000_000;
        long millis = (System.nanoTime() - wallStarted) / 1_000_000;
        long unit = WAIT * SCALE;
        long waiting = Math.max(0, Math.floorDiv(bound, unit));
        long soft = -Math.floorDiv(bound - waiting * unit + SCALE - 1, SCALE); // the true soft cost is whole: round up
        return MatchingSolution.of(best.assignment, ScoreCalculator.score(best.assignment),
                (int) (problem.candidates().size() - waiting), soft, millis, boundMillis, budget.rounds);
    }

    /**
     * Prices and routes until no arc left out can improve the flow (then it is exact over all arcs) or the deadline;
     * returns the bound on the cost of every flow over all arcs with the network's modes and bans.
     */
    private static long converge(MatchingNetwork net, Budget budget, long deadline) {
        long began = clock();
        int rounds = 0;
        while (true) {
            long cost = net.cost();
            long[] priced = net.price(PRICED_WAITING);
            rounds++;
            budget.rounds++;
            long perRound = (clock() - began) / rounds;
            if (TRACE) {
                System.err.printf("round %d cost %d deficit %d added %d at %d ms arcs %d phases %d%n", rounds, cost, priced[1], priced[0],
                        (clock() - began) / 1_000_000, net.net.arcCount(), net.net.phases());
            }
            if (priced[0] == 0 || clock() + perRound > deadline) {
                return cost - priced[1];
            }
        }
    }

    /** Time left: CPU time against the limit, and wall time against twice the limit (a shared machine). */
    private static final class Budget {
        final Settings settings;
        final long started;
        final long wallStarted;
        int rounds;
        long searchUntil;

        Budget(Settings settings, long started, long wallStarted) {
            this.settings = settings;
            this.started = started;
            this.wallStarted = wallStarted;
        }

        long deadline() {
            return started + settings.spentLimit().toNanos();
        }

        boolean over(long reserve) {
            return clock() + reserve > searchUntil || System.nanoTime() - wallStarted > 2 * settings.spentLimit().toNanos();
        }
    }

    /**
     * The one decision the flow cannot make: which empty groups to open. Starts with those the envelope filled to
     * the minimum, then tries the envelope's near misses (groups it filled partly) and the opened groups, best-looking
     * first, keeping a change when the proposal scores better, while time remains. Every try reconfigures the one
     * warm network (only the flow through the changed groups is routed again).
     */
    private static Flow searchOpenGroups(MatchingNetwork net, int[] relaxedAdded, Budget budget) {
        MatchingProblem problem = net.problem;
        int groups = problem.groups().size();
        int[] modes = new int[groups];
        for (int g = 0; g < groups; g++) {
            modes[g] = relaxedAdded[g] >= problem.limits().minToStart() ? OPEN : CLOSED;
        }
        Flow best = feasible(net, modes, new HashSet<>(), budget);
        Score bestScore = ScoreCalculator.score(best.assignment);
        List<Integer> tries = IntStream.range(0, groups).boxed()
                .filter(g -> problem.groups().get(g).memberCount() == 0 && relaxedAdded[g] > 0)
                .sorted(Comparator.comparingInt((Integer g) -> modes[g] == OPEN ? 1 : 0).thenComparingInt(g -> -relaxedAdded[g]))
                .toList();
        long lastImproved = clock();
        long searchStarted = clock();
        long perTry = 0;
        int tried = 0;
        for (int g : tries) {
            if (budget.over(2 * perTry) || clock() - lastImproved > budget.settings.unimprovedLimit().toNanos()) {
                break;
            }
            int[] trial = best.modes.clone();
            trial[g] = trial[g] == OPEN ? CLOSED : OPEN;
            Flow f = feasible(net, trial, new HashSet<>(best.bans), budget);
            Score s = ScoreCalculator.score(f.assignment);
            if (s.compareTo(bestScore) > 0) {
                best = f;
                bestScore = s;
                lastImproved = clock();
            }
            perTry = (clock() - searchStarted) / ++tried;
        }
        return best;
    }

    /** Configures the network, closing open groups that stay below the minimum and banning avoid pairs, until none. */
    private static Flow feasible(MatchingNetwork net, int[] modes, Set<Long> bans, Budget budget) {
        int[] m = modes.clone();
        int minToStart = net.problem.limits().minToStart();
        while (true) {
            net.configure(m, bans);
            converge(net, budget, budget.deadline());
            Assignment a = net.assignment();
            int[] added = a.addedPerGroup();
            boolean changed = false;
            for (int g = 0; g < m.length; g++) {
                if (m[g] == OPEN && added[g] < minToStart) {
                    m[g] = CLOSED;
                    changed = true;
                }
            }
            if (!changed) {
                changed = MatchingNetwork.banConflicts(a, bans, net);
            }
            if (!changed) {
                return new Flow(a, m, bans);
            }
        }
    }

    /** A score as the flow's cost (scaled): WAIT per applicant waiting plus the soft penalties. */
    static long costOf(Score score) {
        return -score.mediumScore() * WAIT * SCALE - score.softScore() * SCALE;
    }

    /**
     * A stronger bound by branch and bound over the one decision the flow relaxes: for an empty group the envelope
     * fills partly, one branch closes it and one opens it (at least the minimum, the flow's reward for it; the
     * reward is added back). Every node's converged flow bounds its subtree; the bound is the least over the leaves
     * and the nodes not yet explored, and it stops when that reaches the proposal (proven optimal) or at the deadline.
     * Avoid-lists are left out (a relaxation); a node whose flow breaks no rule is a proposal too.
     */
    private static final class BranchAndBound {
        final MatchingNetwork net;
        final Budget budget;
        long incumbent;
        Assignment better;

        BranchAndBound(MatchingNetwork net, Budget budget, long incumbent) {
            this.net = net;
            this.budget = budget;
            this.incumbent = incumbent;
        }

        /** Nodes are {bound, branch, modes, bans}; branch: a group (close / open) or a conflict {i, j, g} (ban one). */
        long run() {
            java.util.PriorityQueue<Object[]> open = new java.util.PriorityQueue<>(
                    Comparator.comparingLong((Object[] n) -> (long) n[0]));
            int[] root = new int[net.groups];
            Arrays.fill(root, RELAXED);
            long leaves = Long.MAX_VALUE;
            open.add(evaluate(root, Set.of()));
            // Stalled: neither the bound nor the proposal got better for the unimproved limit (a gap the branching
            // cannot close, e.g. a soft rule the flow leaves out) — the time left would buy nothing.
            long lastGain = clock();
            long seenBound = Long.MIN_VALUE;
            long seenIncumbent = incumbent;
            while (!open.isEmpty()) {
                Object[] node = open.peek();
                long bound = (long) node[0];
                if (bound >= Math.min(leaves, incumbent) || clock() > budget.deadline()) {
                    break;
                }
                if (Math.min(leaves, bound) > seenBound || incumbent < seenIncumbent) {
                    seenBound = Math.min(leaves, bound);
                    seenIncumbent = incumbent;
                    lastGain = clock();
                } else if (clock() - lastGain > budget.settings.unimprovedLimit().toNanos()) {
                    break;
                }
                open.poll();
                if (node[1] == null) {
                    leaves = Math.min(leaves, bound);
                    continue;
                }
                int[] modes = (int[]) node[2];
                @SuppressWarnings("unchecked")
                Set<Long> bans = (Set<Long>) node[3];
                for (Object[] child : children((int[]) node[1], modes, bans)) {
                    open.add(evaluate((int[]) child[0], (Set<Long>) child[1]));
                }
            }
            long least = open.isEmpty() ? Long.MAX_VALUE : (long) open.peek()[0];
            return Math.min(Math.min(leaves, least), incumbent);
        }

        /** A group: closed or opened. A conflict {i, j, g}: i banned from g, or j (never both in g). */
        private List<Object[]> children(int[] branch, int[] modes, Set<Long> bans) {
            if (branch.length == 1) {
                int[] closed = modes.clone();
                closed[branch[0]] = CLOSED;
                int[] opened = modes.clone();
                opened[branch[0]] = OPEN;
                return List.of(new Object[]{closed, bans}, new Object[]{opened, bans});
            }
            Set<Long> first = new HashSet<>(bans);
            first.add((long) branch[0] * net.groups + branch[2]);
            Set<Long> second = new HashSet<>(bans);
            second.add((long) branch[1] * net.groups + branch[2]);
            return List.of(new Object[]{modes, first}, new Object[]{modes, second});
        }

        private Object[] evaluate(int[] modes, Set<Long> bans) {
            net.configure(modes, bans);
            long bound = converge(net, budget, budget.deadline());
            int minToStart = net.problem.limits().minToStart();
            for (int mode : modes) {
                bound += mode == OPEN ? minToStart * WAIT * SCALE : 0; // the reward back: a lower bound still
            }
            Assignment a = net.assignment();
            int group = branchGroup(a.addedPerGroup(), modes);
            int[] branch = group >= 0 ? new int[]{group} : conflict(a);
            if (branch == null && RuleChecker.violations(a).isEmpty()) {
                long cost = costOf(ScoreCalculator.score(a));
                if (cost < incumbent) {
                    incumbent = cost;
                    better = a;
                }
            }
            return new Object[]{bound, branch, modes, bans};
        }

        /** Two applicants in one group that an avoid-list keeps apart, {i, j, group}; null if none. */
        private int[] conflict(Assignment a) {
            List<List<Integer>> in = new ArrayList<>();
            for (int g = 0; g < net.groups; g++) {
                in.add(new ArrayList<>());
            }
            for (int i = 0; i < net.candidates; i++) {
                if (a.groupOf()[i] >= 0) {
                    in.get(a.groupOf()[i]).add(i);
                }
            }
            for (int g = 0; g < net.groups; g++) {
                List<Integer> m = in.get(g);
                for (int x = 0; x < m.size(); x++) {
                    for (int y = x + 1; y < m.size(); y++) {
                        if (Rules.conflict(net.problem.candidates().get(m.get(x)).person(),
                                net.problem.candidates().get(m.get(y)).person())) {
                            return new int[]{m.get(x), m.get(y), g};
                        }
                    }
                }
            }
            return null;
        }

        /** The relaxed empty group whose envelope is furthest below its true cost at the flow's size; -1 if none. */
        private int branchGroup(int[] added, int[] modes) {
            int minToStart = net.problem.limits().minToStart();
            int best = -1;
            long worst = 0;
            for (int g = 0; g < net.groups; g++) {
                GroupSlot group = net.problem.groups().get(g);
                if (modes[g] != RELAXED || group.memberCount() > 0 || added[g] == 0) {
                    continue;
                }
                long[] env = envelope(group.free(), minToStart);
                long relaxedCost = 0;
                for (int k = 0; k < added[g]; k++) {
                    relaxedCost += env[k];
                }
                long gap = added[g] < minToStart ? WAIT * SCALE : opened(added[g]) * SCALE - relaxedCost;
                if (gap > worst) {
                    worst = gap;
                    best = g;
                }
            }
            return best;
        }
    }

    /** A feasible proposal and the modes and bans that produced it. */
    private record Flow(Assignment assignment, int[] modes, Set<Long> bans) {
    }

    /** Scaled cost of each extra member of a group: size penalties; for an empty group per its mode. */
    static long[] marginal(GroupSlot group, int mode, int minToStart) {
        int free = group.free();
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

    /**
     * The time the budget counts: this thread's CPU time, so a run on a shared machine gets the same search as
     * on Lambda (where the function has its vCPU to itself and CPU time is wall time), capped at twice the wall.
     */
    /** The thread's CPU time; wall time where the JVM cannot tell (a virtual thread answers -1, as locally). */
    static long clock() {
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return cpu >= 0 ? cpu : System.nanoTime();
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
