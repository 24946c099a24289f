package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The baseline a coordinator would do by hand: longest-waiting first, each into the nearest group that still
 * has room and breaks no rule. Never breaks a hard rule; often leaves people waiting who could have been placed.
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
        for (int i : order) {
            Candidate c = p.candidates().get(i);
            int best = -1;
            for (int g = 0; g < p.groups().size(); g++) {
                GroupSlot group = p.groups().get(g);
                if (added[g] >= group.free() || !Rules.fitsAlone(c, group)
                        || joined.get(g).stream().anyMatch(o -> Rules.conflict(c.person(), o))) {
                    continue;
                }
                if (best < 0 || Rules.nearness(c, group) < Rules.nearness(c, p.groups().get(best))) {
                    best = g;
                }
            }
            if (best >= 0) {
                a.groupOf()[i] = best;
                added[best]++;
                joined.get(best).add(c.person());
            }
        }
        return a;
    }
}
