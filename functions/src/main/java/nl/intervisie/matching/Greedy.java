package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The baseline a coordinator would do by hand: longest-waiting first, each into the nearest group that still
 * has room and breaks no rule. An empty group that ends up with fewer than the minimum to start is not opened:
 * its people get a second pass over the groups that do run. Never breaks a hard rule; often leaves people waiting
 * who could have been placed.
 */
public final class Greedy {
    private Greedy() {
    }

    public static Assignment assign(MatchingProblem p) {
        Assignment a = Assignment.empty(p);
        int[] added = new int[p.groups().size()];
        List<List<Person>> joined = new ArrayList<>();
        p.groups().forEach(g -> joined.add(new ArrayList<>()));
        List<Integer> order = IntStream.range(0, p.candidates().size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> p.candidates().get(i).waitingSince())
                        .thenComparing(i -> p.candidates().get(i).id()))
                .toList();
        boolean[] closed = new boolean[p.groups().size()];
        place(p, a, order, added, joined, closed);
        for (int g = 0; g < closed.length; g++) {
            if (p.groups().get(g).memberCount() == 0 && added[g] < p.limits().minToStart()) {
                closed[g] = true;
            }
        }
        List<Integer> released = new ArrayList<>();
        for (int i : order) {
            int g = a.groupOf()[i];
            if (g >= 0 && closed[g]) {
                a.groupOf()[i] = -1;
                added[g]--;
                joined.get(g).remove(p.candidates().get(i).person());
                released.add(i);
            }
        }
        place(p, a, released, added, joined, closed);
        return a;
    }

    private static void place(MatchingProblem p, Assignment a, List<Integer> order, int[] added,
                              List<List<Person>> joined, boolean[] closed) {
        for (int i : order) {
            Candidate c = p.candidates().get(i);
            int best = -1;
            int bestCost = 0;
            for (int g = 0; g < p.groups().size(); g++) {
                GroupSlot group = p.groups().get(g);
                if (closed[g] || added[g] >= group.free() || !p.fits(c, group)
                        || joined.get(g).stream().anyMatch(o -> Rules.conflict(c.person(), o))) {
                    continue;
                }
                int cost = Rules.nearness(c, group);
                if (best < 0 || cost < bestCost) {
                    best = g;
                    bestCost = cost;
                }
            }
            if (best >= 0) {
                a.groupOf()[i] = best;
                added[best]++;
                joined.get(best).add(c.person());
            }
        }
    }
}
