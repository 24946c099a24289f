package nl.intervisie.matching;

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
 * One problem's flow network, built once and kept warm: applicants → (organisation, group) → group → sink, plus a
 * waiting arc per applicant. Every change the search makes — an empty group closed, opened or relaxed, an arc banned
 * for an avoid pair, arcs added by pricing — cancels only the flow it touches and routes it again
 * ({@link MinCostFlow}), instead of solving from scratch.
 *
 * <p>Pricing: the network holds each applicant's cheapest few arcs; after routing, every arc left out is priced with
 * the potentials. By weak (Lagrangian) duality — keep each applicant's "exactly one arc", relax the other balances —
 * no flow over all arcs costs less than this flow minus, per applicant, how far their best left-out arc's reduced
 * cost lies below their used arc's. Adding those arcs and routing again until none is left makes the flow exact over
 * all arcs; stopped early, the bound is still valid.
 */
final class MatchingNetwork {
    static final int CLOSED = 0;
    static final int OPEN = 1;
    static final int RELAXED = 2;

    /** A potential no arc can reach down to: a closed empty group. Far from overflow for every cost here. */
    private static final long UNREACHABLE = -(1L << 60);

    final MatchingProblem problem;
    final int candidates;
    final int groups;
    final int sink;
    private final int viaBase;
    final int[][] arcGroup;
    private final int[][] arcCost;
    private final int[][] arcVia;      // -1: straight to the group; else the (organisation, group) node
    private final int[][] arcEdge;     // the arc in the network, -1 while left out
    private final int[] viaGroup;
    private final int[] viaEdge;
    private final int[][][] sinkEdges; // per group, per mode (CLOSED has none)
    private final long[][][] sinkCosts;
    private final boolean[][] banned;
    private final long shift;
    private final long baseSize;
    final int[] order;
    final int[] modes;
    final MinCostFlow net;

    MatchingNetwork(MatchingProblem problem, int startArcs) {
        this.problem = problem;
        candidates = problem.candidates().size();
        groups = problem.groups().size();
        sink = candidates + groups;
        viaBase = sink + 1;
        arcGroup = new int[candidates][];
        arcCost = new int[candidates][];
        arcVia = new int[candidates][];
        arcEdge = new int[candidates][];
        banned = new boolean[candidates][];
        int[] org = organisations();
        Map<Long, Integer> sharing = allowedArcs(org);
        viaGroup = viaNodes(org, sharing);
        viaEdge = new int[viaGroup.length];
        Arrays.fill(viaEdge, -1);
        sinkEdges = new int[groups][3][];
        sinkCosts = new long[groups][3][];
        shift = sinkCostsAndShift();
        long base = 0;
        for (GroupSlot g : problem.groups()) {
            base += Rules.sizePenalty(g.memberCount());
        }
        baseSize = base * Matcher.SCALE;
        // longest waiting first: among equally good flows, the earlier applicant keeps the better place
        order = IntStream.range(0, candidates).boxed()
                .sorted(Comparator.comparing((Integer i) -> problem.candidates().get(i).waitingSince())
                        .thenComparing(i -> problem.candidates().get(i).id()))
                .mapToInt(Integer::intValue).toArray();
        modes = new int[groups];
        Arrays.fill(modes, RELAXED);
        net = new MinCostFlow(viaBase + viaGroup.length);
        build(startArcs);
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

    /** Fills every applicant's groups and costs; returns how many of each (organisation, group) could go there. */
    private Map<Long, Integer> allowedArcs(int[] org) {
        Map<Long, Integer> sharing = new HashMap<>();
        List<GroupSlot> gs = problem.groups();
        int[] allowed = new int[groups];
        for (int i = 0; i < candidates; i++) {
            Candidate c = problem.candidates().get(i);
            int n = 0;
            for (int g = 0; g < groups; g++) {
                GroupSlot group = gs.get(g);
                // the cheap rules first (fits checks them again), so most pairs never reach the distance
                if (Rules.languageFits(c, group) && Rules.modeFits(c, group) && !surelyTooFar(c, group)
                        && problem.fits(c, group)) {
                    allowed[n++] = g;
                }
            }
            arcGroup[i] = Arrays.copyOf(allowed, n);
            arcCost[i] = new int[n];
            arcEdge[i] = new int[n];
            Arrays.fill(arcEdge[i], -1);
            banned[i] = new boolean[n];
            for (int k = 0; k < n; k++) {
                arcCost[i][k] = Rules.placementCost(c, gs.get(arcGroup[i][k]));
                if (org[i] >= 0) {
                    sharing.merge((long) org[i] * groups + arcGroup[i][k], 1, Integer::sum);
                }
            }
        }
        return sharing;
    }

    /** The north-south distance alone exceeds the maximum (a great circle is never shorter): no trigonometry. */
    private boolean surelyTooFar(Candidate c, GroupSlot g) {
        return !g.online() && c.located() && g.located()
                && 6371.0 * Math.toRadians(Math.abs(c.lat() - g.lat())) > problem.limits().maxKm();
    }

    /** An (organisation, group) node wherever two or more of one organisation could join one group. */
    private int[] viaNodes(int[] org, Map<Long, Integer> sharing) {
        Map<Long, Integer> viaIndex = new HashMap<>();
        int[] viaGroups = new int[16];
        for (int i = 0; i < candidates; i++) {
            arcVia[i] = new int[arcGroup[i].length];
            for (int k = 0; k < arcGroup[i].length; k++) {
                long key = (long) org[i] * groups + arcGroup[i][k];
                arcVia[i][k] = -1;
                if (org[i] >= 0 && sharing.get(key) > 1) {
                    Integer v = viaIndex.get(key);
                    if (v == null) {
                        v = viaIndex.size();
                        viaIndex.put(key, v);
                        viaGroups = v < viaGroups.length ? viaGroups : Arrays.copyOf(viaGroups, viaGroups.length * 2);
                        viaGroups[v] = arcGroup[i][k];
                    }
                    arcVia[i][k] = v;
                }
            }
        }
        return Arrays.copyOf(viaGroups, viaIndex.size());
    }

    /** Scaled marginal costs per group and mode; returns one shift that makes every sink and waiting arc non-negative. */
    private long sinkCostsAndShift() {
        long most = 0;
        for (int g = 0; g < groups; g++) {
            GroupSlot group = problem.groups().get(g);
            for (int mode : group.memberCount() > 0 ? new int[]{RELAXED} : new int[]{OPEN, RELAXED}) {
                sinkCosts[g][mode] = Matcher.marginal(group, mode, problem.limits().minToStart());
                for (long c : sinkCosts[g][mode]) {
                    most = Math.max(most, -c);
                }
            }
        }
        return most;
    }

    /** The network with every group relaxed and each applicant's cheapest arcs; routed. */
    private void build(int startArcs) {
        for (int g = 0; g < groups; g++) {
            for (int mode = 0; mode < 3; mode++) {
                long[] costs = sinkCosts[g][mode];
                if (costs == null) {
                    continue;
                }
                sinkEdges[g][mode] = new int[costs.length];
                for (int k = 0; k < costs.length; k++) {
                    sinkEdges[g][mode][k] = net.addArc(candidates + g, sink, mode == RELAXED ? 1 : 0, costs[k] + shift);
                }
            }
        }
        for (int i = 0; i < candidates; i++) {
            Candidate c = problem.candidates().get(i);
            net.addArc(i, sink, 1, (Matcher.WAIT + c.waitWeight()) * Matcher.SCALE + shift);
            int n = arcGroup[i].length;
            final int ci = i;
            Integer[] byCost = IntStream.range(0, n).boxed().sorted(Comparator
                    .comparingInt((Integer k) -> arcCost[ci][k])
                    .thenComparingInt(k -> -problem.groups().get(arcGroup[ci][k]).free())).toArray(Integer[]::new);
            for (int k = 0; k < Math.min(startArcs, n); k++) {
                addCandidateArc(i, byCost[k]);
            }
            net.addBalance(i, 1);
            net.addBalance(sink, -1);
        }
        net.setPriority(order);
        net.route();
    }

    /** Puts arc (i, k) into the network (and its via node's arc if new). Returns whether its reduced cost is < 0. */
    private boolean addCandidateArc(int i, int k) {
        int g = arcGroup[i][k];
        int v = arcVia[i][k];
        int target = candidates + g;
        if (v >= 0) {
            target = viaBase + v;
            if (viaEdge[v] < 0) {
                viaEdge[v] = net.addArc(target, candidates + g, 1, 0);
                net.settle(target);
            }
        }
        arcEdge[i][k] = net.addArc(i, target, banned[i][k] ? 0 : 1, (long) arcCost[i][k] * Matcher.SCALE);
        return !banned[i][k] && net.reduced(arcEdge[i][k]) < 0;
    }

    /** Cancels applicant i's unit wherever it flows; true if it flowed. */
    private boolean reopen(int i) {
        for (int e = net.firstArc(i); e >= 0; e = net.nextArc(e)) {
            if ((e & 1) == 0 && net.flow(e) > 0) {
                net.cancel(e);
                return true;
            }
        }
        return false;
    }

    /** Sets the modes of the empty groups and the bans, repairing the flow; routes. */
    void configure(int[] newModes, Set<Long> bans) {
        Set<Integer> reopened = new HashSet<>();
        for (int g = 0; g < groups; g++) {
            if (newModes[g] != modes[g] && problem.groups().get(g).memberCount() == 0) {
                setMode(g, newModes[g], reopened);
            }
        }
        for (int i = 0; i < candidates; i++) {
            for (int k = 0; k < arcGroup[i].length; k++) {
                boolean ban = !bans.isEmpty() && bans.contains((long) i * groups + arcGroup[i][k]);
                if (ban != banned[i][k]) {
                    setBanned(i, k, ban, reopened);
                }
            }
        }
        for (int i : reopened) {
            net.settle(i);
        }
        net.route();
    }

    private void setBanned(int i, int k, boolean ban, Set<Integer> reopened) {
        banned[i][k] = ban;
        int e = arcEdge[i][k];
        if (e < 0) {
            return;
        }
        if (ban) {
            if (net.flow(e) > 0) {
                net.cancel(e);
                reopened.add(i);
            }
            net.setCapacity(e, 0);
        } else {
            net.setCapacity(e, 1);
            if (net.reduced(e) < 0 && reopen(i)) {
                reopened.add(i);
            }
        }
    }

    /** Empties group g (every unit through it cancelled), switches its sink arcs to the mode, fixes the potentials. */
    private void setMode(int g, int mode, Set<Integer> reopened) {
        int node = candidates + g;
        for (int e = net.firstArc(node); e >= 0; e = net.nextArc(e)) {
            if ((e & 1) == 1 && net.residual(e) > 0) { // a unit flows in on e's twin
                int from = net.target(e);
                net.cancel(e ^ 1);
                if (from >= viaBase) {
                    from = cancelInto(from);
                }
                if (from >= 0) {
                    reopened.add(from);
                }
            }
        }
        int[] old = sinkEdges[g][modes[g]];
        if (old != null) {
            for (int e : old) {
                while (net.flow(e) > 0) {
                    net.cancel(e);
                }
                net.setCapacity(e, 0);
            }
        }
        modes[g] = mode;
        int[] now = sinkEdges[g][mode];
        if (now == null) {
            net.setPotential(node, UNREACHABLE);
        } else {
            for (int e : now) {
                net.setCapacity(e, 1);
            }
            net.settle(node);
        }
        fixArcsInto(node, reopened);
    }

    /**
     * Cancels the applicant's unit into via node v (which no longer passes it on); returns the applicant, or -1 when
     * that unit was already cancelled (v was waiting for a unit: now it needs none).
     */
    private int cancelInto(int v) {
        for (int e = net.firstArc(v); e >= 0; e = net.nextArc(e)) {
            if ((e & 1) == 1 && net.residual(e) > 0) {
                net.cancel(e ^ 1);
                return net.target(e);
            }
        }
        return -1;
    }

    /** Arcs into a group (or via node) whose reduced cost went negative: their applicants are routed again. */
    private void fixArcsInto(int node, Set<Integer> reopened) {
        for (int e = net.firstArc(node); e >= 0; e = net.nextArc(e)) {
            if ((e & 1) == 0) {
                continue;
            }
            int from = net.target(e);
            if (net.residual(e ^ 1) <= 0 || net.reduced(e ^ 1) >= 0) {
                continue;
            }
            if (from >= viaBase) {
                net.settle(from); // a via node without flow: its potential follows the group's
                fixArcsInto(from, reopened);
            } else {
                reopen(from);
                reopened.add(from);
            }
        }
    }

    /**
     * Prices every arc left out; adds the promising ones (for someone waiting their few best, for someone placed
     * their best) and routes again. Returns {arcs added, deficit}: the flow's cost less the deficit bounds the cost
     * of every flow over all arcs with these modes and bans.
     */
    long[] price(int pricedWaiting) {
        long[] p = loweredPotentials();
        long added = 0;
        long deficit = 0;
        long[] best = new long[pricedWaiting];
        int[] bestArc = new int[pricedWaiting];
        List<Integer> reopened = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            long used = usedReduced(i, p);
            int room = assignedGroup(i) < 0 ? pricedWaiting : 1;
            int found = bestLeftOut(i, p, used, room, best, bestArc);
            if (found > 0) {
                deficit += used - best[0];
            }
            boolean negative = false;
            for (int f = 0; f < found; f++) {
                negative |= addCandidateArc(i, bestArc[f]);
            }
            added += found;
            if (negative && reopen(i)) {
                reopened.add(i);
            }
        }
        for (int i : reopened) {
            net.settle(i);
        }
        if (added > 0) {
            net.route();
        }
        return new long[]{added, deficit};
    }

    /** Applicant i's arcs left out whose reduced cost is below their used one's: the best few, cheapest first. */
    private int bestLeftOut(int i, long[] p, long used, int room, long[] best, int[] bestArc) {
        int found = 0;
        for (int k = 0; k < arcGroup[i].length; k++) {
            if (arcEdge[i][k] >= 0 || banned[i][k]) {
                continue;
            }
            int v = arcVia[i][k];
            int g = candidates + arcGroup[i][k];
            // a via node nobody flows through may take its group's potential (still a valid dual)
            int target = v >= 0 && viaEdge[v] >= 0 && net.flow(viaEdge[v]) > 0 ? viaBase + v : g;
            long reduced = arcCost[i][k] * Matcher.SCALE + p[i] - p[target];
            if (reduced >= used || found == room && reduced >= best[room - 1]) {
                continue;
            }
            int at = found < room ? found++ : room - 1;
            while (at > 0 && best[at - 1] > reduced) {
                best[at] = best[at - 1];
                bestArc[at] = bestArc[at - 1];
                at--;
            }
            best[at] = reduced;
            bestArc[at] = k;
        }
        return found;
    }

    private long usedReduced(int i, long[] p) {
        for (int e = net.firstArc(i); e >= 0; e = net.nextArc(e)) {
            if ((e & 1) == 0 && net.flow(e) > 0) {
                return net.cost(e) + p[i] - p[net.target(e)];
            }
        }
        return 0;
    }

    /**
     * The potentials with each group's lowered to the least value that keeps every residual arc out of it
     * non-negative: still a valid dual, and it prices the arcs left out higher, so the bound is stronger (most for
     * groups the network barely reaches, whose potential routing never moved).
     */
    private long[] loweredPotentials() {
        long[] p = new long[net.nodeCount()];
        for (int v = 0; v < p.length; v++) {
            p[v] = net.potential(v);
        }
        for (int g = candidates; g < candidates + groups; g++) {
            long least = Long.MIN_VALUE;
            for (int e = net.firstArc(g); e >= 0; e = net.nextArc(e)) {
                if (net.residual(e) > 0) {
                    least = Math.max(least, p[net.target(e)] - net.cost(e));
                }
            }
            if (least != Long.MIN_VALUE && least < p[g]) {
                p[g] = least;
            }
        }
        return p;
    }

    /** The group applicant i flows to, -1 when waiting. */
    int assignedGroup(int i) {
        for (int k = 0; k < arcGroup[i].length; k++) {
            if (arcEdge[i][k] >= 0 && net.flow(arcEdge[i][k]) > 0) {
                return arcGroup[i][k];
            }
        }
        return -1;
    }

    Assignment assignment() {
        Assignment a = Assignment.empty(problem);
        for (int i = 0; i < candidates; i++) {
            a.groupOf()[i] = assignedGroup(i);
        }
        return a;
    }

    /** The flow's cost in the objective's units (scaled): WAIT per applicant waiting plus the soft penalties. */
    long cost() {
        return net.totalCost() - shift * candidates + baseSize;
    }

    /** Bans one arc of every pair of applicants in one group that an avoid-list keeps apart; true if any is new. */
    static boolean banConflicts(Assignment a, Set<Long> bans, MatchingNetwork m) {
        List<List<Integer>> in = new ArrayList<>();
        for (int g = 0; g < m.groups; g++) {
            in.add(new ArrayList<>());
        }
        for (int i = 0; i < m.candidates; i++) {
            if (a.groupOf()[i] >= 0) {
                in.get(a.groupOf()[i]).add(i);
            }
        }
        boolean found = false;
        for (int g = 0; g < m.groups; g++) {
            List<Integer> members = in.get(g);
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int i = members.get(x);
                    int j = members.get(y);
                    if (Rules.conflict(m.problem.candidates().get(i).person(), m.problem.candidates().get(j).person())) {
                        // keep the one with fewer alternatives where they are
                        int move = m.arcGroup[i].length >= m.arcGroup[j].length ? i : j;
                        found |= bans.add((long) move * m.groups + g);
                    }
                }
            }
        }
        return found;
    }
}
