package nl.intervisie.matching;

import java.util.Arrays;

/**
 * Min-cost flow by successive shortest paths: one unit of supply at a time (each applicant), Dijkstra on reduced
 * costs with potentials, stopping as soon as the sink is reached (only nodes nearer than the sink are touched).
 * All arc costs must be non-negative when built. Exact: after each unit the flow is a cheapest one for the supply
 * added so far.
 */
final class MinCostFlow {
    private final int nodes;
    private int[] first;
    private int[] next = new int[1024];
    private int[] to = new int[1024];
    private int[] cap = new int[1024];
    private int[] initialCap = new int[1024];
    private long[] cost = new long[1024];
    private int arcs;
    private final long[] potential;
    private final long[] dist;
    private final int[] seen;
    private final int[] done;
    private final int[] parentArc;
    private final int[] settled;
    private int round;
    private long[] heapKey = new long[1024];
    private int[] heapNode = new int[1024];
    private int heapSize;

    MinCostFlow(int nodes) {
        this.nodes = nodes;
        first = new int[nodes];
        Arrays.fill(first, -1);
        potential = new long[nodes];
        dist = new long[nodes];
        seen = new int[nodes];
        done = new int[nodes];
        parentArc = new int[nodes];
        settled = new int[nodes];
    }

    /** Adds an arc and its residual twin; returns the arc's index (even). */
    int addArc(int from, int target, int capacity, long arcCost) {
        if (arcCost < 0) {
            throw new IllegalArgumentException("negative cost");
        }
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

    /** Sends one unit from source to sink along a cheapest path; false when the sink cannot be reached. */
    boolean sendOne(int source, int sink) {
        round++;
        heapSize = 0;
        int settledCount = 0;
        dist[source] = 0;
        seen[source] = round;
        parentArc[source] = -1;
        push(0, source);
        boolean reached = false;
        while (heapSize > 0) {
            long d = heapKey[0];
            int u = pop();
            if (done[u] == round || d > dist[u]) {
                continue;
            }
            done[u] = round;
            settled[settledCount++] = u;
            if (u == sink) {
                reached = true;
                break;
            }
            relax(u, d);
        }
        if (!reached) {
            return false;
        }
        augment(source, sink, settledCount);
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
                parentArc[v] = e;
                push(nd, v);
            }
        }
    }

    /** Moves the potentials (only the settled nodes change) and sends the unit along the parents. */
    private void augment(int source, int sink, int settledCount) {
        long dt = dist[sink];
        for (int k = 0; k < settledCount; k++) {
            int v = settled[k];
            potential[v] += dist[v] - dt;
        }
        for (int v = sink; v != source; ) {
            int e = parentArc[v];
            cap[e]--;
            cap[e ^ 1]++;
            v = to[e ^ 1];
        }
    }

    /** Units on arc e (an index returned by addArc). */
    int flow(int e) {
        return initialCap[e] - cap[e];
    }

    long cost(int e) {
        return cost[e];
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

    /** Whether node has any arc (nodes without arcs keep a meaningless potential). */
    boolean hasArcs(int node) {
        return first[node] >= 0;
    }

    int nodeCount() {
        return nodes;
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
