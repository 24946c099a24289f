package nl.intervisie.matching;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Properties over many seeded random instances (a failure names the seed, so it can be replayed). */
class MatchingPropertiesTest {
    private static final Matcher.Settings QUICK = new Matcher.Settings(Duration.ofMillis(300), Duration.ofMillis(100));

    @Test
    void solverAndGreedyNeverBreakAHardRule() {
        for (long seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            MatchingProblem p = Instances.random(seed, 5 + r.nextInt(40), 1 + r.nextInt(6));
            Assignment solved = Matcher.solve(p, QUICK);
            assertEquals(java.util.List.of(), RuleChecker.violations(solved), "solver, seed " + seed);
            assertEquals(0, ScoreCalculator.score(solved).hardScore(), "seed " + seed);
            assertEquals(java.util.List.of(), RuleChecker.violations(Greedy.assign(p)), "greedy, seed " + seed);
        }
    }
}
