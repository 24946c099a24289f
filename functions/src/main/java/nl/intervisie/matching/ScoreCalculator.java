package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The score of an assignment computed from scratch in plain code: the one definition of the objective. The solver,
 * greedy, the exact search and the benchmark all measure with this.
 */
public final class ScoreCalculator {
    private ScoreCalculator() {
    }

    public static Score score(Assignment a) {
        MatchingProblem p = a.problem();
        long hard = -RuleChecker.violations(a).stream().mapToLong(RuleChecker.Violation::weight).sum();
        long medium = 0;
        long soft = 0;
        List<List<Candidate>> byGroup = new ArrayList<>();
        p.groups().forEach(g -> byGroup.add(new ArrayList<>()));
        for (int i = 0; i < p.candidates().size(); i++) {
            Candidate c = p.candidates().get(i);
            GroupSlot g = a.group(i);
            if (g == null) {
                medium--;
                soft -= c.waitWeight();
                continue;
            }
            byGroup.get(a.groupOf()[i]).add(c);
            soft -= Rules.placementCost(c, g);
        }
        for (int gi = 0; gi < p.groups().size(); gi++) {
            GroupSlot g = p.groups().get(gi);
            List<Candidate> in = byGroup.get(gi);
            soft -= Rules.sizePenalty(g.memberCount() + in.size());
            if (!in.isEmpty() && g.memberCount() == 0) {
                soft -= Rules.OPEN_EMPTY_GROUP;
            }
            for (int i = 0; i < in.size(); i++) {
                for (int j = i + 1; j < in.size(); j++) {
                    if (Rules.togetherBefore(in.get(i).person(), in.get(j).person())) {
                        soft -= Rules.TOGETHER_BEFORE;
                    }
                }
            }
        }
        return Score.of(hard, medium, soft);
    }
}
