package nl.intervisie.matching;

import java.util.Arrays;

/**
 * Min-cost flow by primal-dual successive shortest paths, kept warm: nodes carry a balance (positive: units to
 * send, negative: units to receive), and {@link #route()} moves every unit it can, cheapest in total. One Dijkstra
 * from all nodes with units left (on reduced costs, stopping at the first node that still needs units) moves the
 * potentials, then depth-first searches over the arcs whose reduced cost is 0 send as many units as they can at that
 * price; repeat. Exact: with the potentials every residual arc keeps a non-negative reduced cost (a dual
 * certificate), so the flow is a cheapest one for the balances it has routed.
 *
 * <p>Warm: the caller may change the network between routes — add arcs, {@link #cancel} a unit on an arc (its
 * ends' balances change), {@link #setCapacity} of an arc without flow, {@link #setPotential} — as long as every
 * residual arc keeps a non-negative reduced cost (check with {@link #reduced}). Then the next route only repairs
 * what changed. Arrays of primitives, no boxing: one run builds and routes networks of a few hundred thousand arcs.
 */
final class MinCostFlow {
    private final int nodes;
    private final int[] first;
    private int[] next = new int[1024];
    private int[] to = new int[1024];
    private int[] cap = new int[1024];
    private int[] initialCap = new int[1024];
    private long[] cost = new long[1024];
    private int arcs;
    private final long[] potential;
    private final int[] balance;
    private final long[] dist;
    private final int[] seen;
    private final int[] done;
    private final int[] settled;
    private int round;
    private final int[] stack;
    private final int[] pathArc;
    private final int[] iter;
    private final int[] iterPhase;
    private final int[] visited;
    private final int[] dead;
    private int visit;
    private int phase;
    private int[] priority;
    private long[] heapKey = new long[1024];
    private int[] heapNode = new int[1024];
    private int heapSize;
    private long phases;

    MinCostFlow(int nodes) {
        this.nodes = nodes;
        first = new int[nodes];
        Arrays.fill(first, -1);
        potential = new long[nodes];
        balance = new int[nodes];
        dist = new long[nodes];
        seen = new int[nodes];
        done = new int[nodes];
        settled = new int[nodes];
        stack = new int[nodes + 1];
        pathArc = new int[nodes + 1];
        iter = new int[nodes];
        iterPhase = new int[nodes];
        visited = new int[nodes];
        dead = new int[nodes];
    }

    /** Adds an arc and its residual twin; returns the arc's index (even). The caller keeps reduced costs >= 0. */
    int addArc(int from, int target, int capacity, long arcCost) {
        if (arcs + 2 > to.length) {
            int n = to.length * 2;
            next = Arrays.copyOf(next, n);
            to = Arrays.copyOf(to, n);
            cap = Arrays.copyOf(cap, n);
            initialCap = Arrays.copyOf(initialCap, n);
            cost = Arrays.copyOf(cost, n);
        }
        int e = arcs;
        link(e, from, target, capacity, arcCost);
        link(e + 1, target, from, 0, -arcCost);
        arcs += 2;
        return e;
    }

    private void link(int e, int from, int target, int capacity, long arcCost) {
        to[e] = target;
        cap[e] = capacity;
        initialCap[e] = capacity;
        cost[e] = arcCost;
        next[e] = first[from];
        first[from] = e;
    }

    /** Units node should send (positive) or receive (negative) on top of what is routed. */
    void addBalance(int node, int units) {
        balance[node] += units;
    }

    int balance(int node) {
        return balance[node];
    }

    /** Nodes whose units go first among equally cheap flows (the rest after them, by number). */
    void setPriority(int[] order) {
        priority = order.clone();
    }

    /** Takes one unit off arc e (which carries one): its tail has a unit to send again, its head needs one. */
    void cancel(int e) {
        if (flow(e) <= 0) {
            throw new IllegalStateException("no flow to cancel");
        }
        cap[e]++;
        cap[e ^ 1]--;
        balance[to[e ^ 1]]++;
        balance[to[e]]--;
    }

    /** Sets the capacity of an arc that carries nothing (0 closes it). */
    void setCapacity(int e, int capacity) {
        if (flow(e) != 0) {
            throw new IllegalStateException("arc carries flow");
        }
        cap[e] = capacity;
        initialCap[e] = capacity;
    }

    /**
     * Routes every unit it can from nodes with units to send to nodes that need them, cheapest in total. Returns
     * the units left that can reach no node in need.
     */
    int route() {
        int[] queue = pending();
        int left = queue.length;
        while (left > 0) {
            if (!shortestFromAll(queue, left)) {
                return left;
            }
            phase++;
            phases++;
            int kept = 0;
            for (int k = 0; k < left; k++) {
                int s = queue[k];
                while (balance[s] > 0 && dead[s] != phase && zeroPath(s)) {
                    // one unit per path
                }
                if (balance[s] > 0) {
                    queue[kept++] = s;
                }
            }
            left = kept;
        }
        return 0;
    }

    /** Whether the flow is proven cheapest: no node has units left and no residual arc a negative reduced cost. */
    boolean certified() {
        for (int v = 0; v < nodes; v++) {
            if (balance[v] != 0) {
                return false;
            }
        }
        for (int e = 0; e < arcs; e++) {
            if (cap[e] > 0 && reduced(e) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Phases run so far (one Dijkstra each): for the benchmark's counters. */
    long phases() {
        return phases;
    }

    /** Nodes with units to send, in priority order. */
    private int[] pending() {
        int[] queue = new int[16];
        int n = 0;
        boolean[] listed = new boolean[nodes];
        if (priority != null) {
            for (int v : priority) {
                if (balance[v] > 0 && !listed[v]) {
                    listed[v] = true;
                    queue = grow(queue, n);
                    queue[n++] = v;
                }
            }
        }
        for (int v = 0; v < nodes; v++) {
            if (balance[v] > 0 && !listed[v]) {
                queue = grow(queue, n);
                queue[n++] = v;
            }
        }
        return Arrays.copyOf(queue, n);
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    /**
     * Dijkstra from every node with units left until a node in need is settled; moves the potentials of the settled
     * nodes so that the cheapest paths have reduced cost 0. False: no node in need can be reached.
     */
    private boolean shortestFromAll(int[] queue, int count) {
        round++;
        heapSize = 0;
        int settledCount = 0;
        for (int k = 0; k < count; k++) {
            int s = queue[k];
            dist[s] = 0;
            seen[s] = round;
            push(0, s);
        }
        long dt = -1;
        while (heapSize > 0) {
            long d = heapKey[0];
            int u = pop();
            if (done[u] == round || d > dist[u]) {
                continue;
            }
            done[u] = round;
            settled[settledCount++] = u;
            if (balance[u] < 0) {
                dt = d;
                break;
            }
            relax(u, d);
        }
        if (dt < 0) {
            return false;
        }
        for (int k = 0; k < settledCount; k++) {
            int v = settled[k];
            potential[v] += dist[v] - dt;
        }
        return true;
    }

    private void relax(int u, long d) {
        long pu = potential[u];
        for (int e = first[u]; e >= 0; e = next[e]) {
            if (cap[e] <= 0) {
                continue;
            }
            int v = to[e];
            if (done[v] == round) {
                continue;
            }
            long nd = d + cost[e] + pu - potential[v];
            if (seen[v] != round || nd < dist[v]) {
                seen[v] = round;
                dist[v] = nd;
                push(nd, v);
            }
        }
    }

    /**
     * Sends one unit from s to a node in need along residual arcs of reduced cost 0, if there is such a path
     * (iterative depth-first search, Dinic's current arc per phase). Nodes found not to lead anywhere are skipped for
     * the rest of the phase: only a speed-up, the next phase's Dijkstra finds anything missed.
     */
    private boolean zeroPath(int s) {
        visit++;
        int top = 0;
        stack[top++] = s;
        visited[s] = visit;
        while (top > 0) {
            int u = stack[top - 1];
            if (balance[u] < 0 && top > 1) {
                for (int k = 1; k < top; k++) {
                    int e = pathArc[k];
                    cap[e]--;
                    cap[e ^ 1]++;
                }
                balance[u]++;
                balance[s]--;
                return true;
            }
            if (iterPhase[u] != phase) {
                iterPhase[u] = phase;
                iter[u] = first[u];
            }
            int e = iter[u];
            long pu = potential[u];
            while (e >= 0 && (cap[e] <= 0 || visited[to[e]] == visit || dead[to[e]] == phase
                    || cost[e] + pu != potential[to[e]])) {
                e = next[e];
            }
            iter[u] = e;
            if (e < 0) {
                dead[u] = phase;
                top--;
                continue;
            }
            int v = to[e];
            visited[v] = visit;
            pathArc[top] = e;
            stack[top++] = v;
        }
        return false;
    }

    /** Units on arc e (an index returned by addArc). */
    int flow(int e) {
        return initialCap[e] - cap[e];
    }

    /** Units arc e can still carry (for a twin: units it can cancel). */
    int residual(int e) {
        return cap[e];
    }

    long cost(int e) {
        return cost[e];
    }

    /** Cost of arc e less the potential difference: never negative while e has room. */
    long reduced(int e) {
        return cost[e] + potential[to[e ^ 1]] - potential[to[e]];
    }

    int firstArc(int node) {
        return first[node];
    }

    int nextArc(int e) {
        return next[e];
    }

    int target(int e) {
        return to[e];
    }

    /** Total cost of the current flow. */
    long totalCost() {
        long sum = 0;
        for (int e = 0; e < arcs; e += 2) {
            sum += cost[e] * (initialCap[e] - cap[e]);
        }
        return sum;
    }

    /** The node's potential: with it every residual arc has a non-negative reduced cost (a dual certificate). */
    long potential(int node) {
        return potential[node];
    }

    void setPotential(int node, long value) {
        potential[node] = value;
    }

    /**
     * Raises or lowers the potential of a node without residual arcs into it, so that its cheapest residual arc out
     * has reduced cost 0 (every other at least 0).
     */
    void settle(int node) {
        long best = Long.MIN_VALUE;
        for (int e = first[node]; e >= 0; e = next[e]) {
            if (cap[e] > 0) {
                best = Math.max(best, potential[to[e]] - cost[e]);
            }
        }
        if (best != Long.MIN_VALUE) {
            potential[node] = best;
        }
    }

    int nodeCount() {
        return nodes;
    }

    int arcCount() {
        return arcs / 2;
    }

    private void push(long key, int node) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapNode[i] = heapNode[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapNode[i] = node;
    }

    private int pop() {
        int top = heapNode[0];
        heapSize--;
        if (heapSize > 0) {
            long key = heapKey[heapSize];
            int node = heapNode[heapSize];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) {
                    break;
                }
                if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                    child++;
                }
                if (heapKey[child] >= key) {
                    break;
                }
                heapKey[i] = heapKey[child];
                heapNode[i] = heapNode[child];
                i = child;
            }
            heapKey[i] = key;
            heapNode[i] = node;
        }
        return top;
    }
}
