package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact optimum by exhaustive search, for small instances only (tests and the benchmark's gap column).
 * Branches that break a hard rule are cut, and leaves that open a group with too few are skipped: waiting for
 * everyone is feasible, so the optimum has no broken rule.
 */
public final class ExactSearch {
    private final MatchingProblem problem;
    private final int[] current;
    private final int[] added;
    private final List<List<Person>> joined = new ArrayList<>();
    private int[] best;
    private Score bestScore;

    private ExactSearch(MatchingProblem problem) {
        this.problem = problem;
        this.current = new int[problem.candidates().size()];
        this.added = new int[problem.groups().size()];
        problem.groups().forEach(g -> joined.add(new ArrayList<>()));
    }

    public static Assignment optimum(MatchingProblem problem) {
        ExactSearch search = new ExactSearch(problem);
        search.branch(0);
        return new Assignment(problem, search.best);
    }

    private void branch(int i) {
        if (i == current.length) {
            Assignment a = new Assignment(problem, current.clone());
            Score score = ScoreCalculator.score(a);
            if (score.hardScore() == 0 && (bestScore == null || score.compareTo(bestScore) > 0)) {
                bestScore = score;
                best = a.groupOf();
            }
            return;
        }
        Candidate c = problem.candidates().get(i);
        current[i] = -1;
        branch(i + 1);
        for (int g = 0; g < problem.groups().size(); g++) {
            GroupSlot group = problem.groups().get(g);
            if (added[g] >= group.free() || !problem.fits(c, group)
                    || joined.get(g).stream().anyMatch(o -> Rules.conflict(c.person(), o))) {
                continue;
            }
            current[i] = g;
            added[g]++;
            joined.get(g).add(c.person());
            branch(i + 1);
            joined.get(g).removeLast();
            added[g]--;
            current[i] = -1;
        }
    }
}
