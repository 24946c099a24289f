package nl.intervisie.matching;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimumAndBaselineTest {
    private static final Matcher.Settings SHORT = new Matcher.Settings(Duration.ofSeconds(1), Duration.ofMillis(300));

    @Test
    void onSmallInstancesTheSolverMatchesTheExactOptimum() {
        long softGapTotal = 0;
        for (long seed = 1; seed <= 25; seed++) {
            Random r = new Random(seed);
            MatchingProblem p = Instances.random(seed * 7919, 5 + r.nextInt(4), 2 + r.nextInt(2));
            Score optimum = ScoreCalculator.score(ExactSearch.optimum(p));
            Score solver = ScoreCalculator.score(Matcher.solve(p, SHORT));
            assertEquals(0, optimum.hardScore());
            assertEquals(0, solver.hardScore(), "seed " + seed);
            assertEquals(optimum.mediumScore(), solver.mediumScore(), "everyone who can be placed is placed, seed " + seed);
            long gap = optimum.softScore() - solver.softScore();
            assertTrue(gap >= 0, "nothing beats the optimum, seed " + seed);
            softGapTotal += gap;
        }
        // Small instances: the local search reaches the optimum (soft gap 0) on all of them.
        assertEquals(0, softGapTotal);
    }

    @Test
    void theExactSearchIsReallyOptimal() {
        // Cross-check the exact search itself: no random feasible assignment beats it.
        for (long seed = 1; seed <= 10; seed++) {
            MatchingProblem p = Instances.random(seed, 6, 2);
            Score optimum = ScoreCalculator.score(ExactSearch.optimum(p));
            Random r = new Random(seed);
            for (int k = 0; k < 2000; k++) {
                Score other = ScoreCalculator.score(Instances.randomAssignment(p, r));
                assertTrue(other.compareTo(optimum) <= 0, "seed " + seed);
            }
        }
    }

    /**
     * Greedy puts the longest-waiting applicant into the nearest group and so takes the only place another applicant
     * could have had; the solver moves them to the other group and places both.
     */
    @Test
    void theSolverPlacesMoreThanGreedyWhereGreedyBlocksItself() {
        Person utrechtMember = Instances.person("m1", "Belastingdienst", List.of(), java.util.Set.of());
        Person haagMember = Instances.person("m2", "DUO", List.of(), java.util.Set.of());
        GroupSlot utrecht = Instances.group("utrecht", "nl", "in-person", "Midden", 2, List.of(utrechtMember));
        GroupSlot denHaag = Instances.group("den-haag", "nl", "in-person", "West", 2, List.of(haagMember));
        Candidate oldest = Instances.candidate("a1", "Rijkswaterstaat", "nl", "either", "Midden", 300, List.of());
        Candidate fromDuo = Instances.candidate("a2", "DUO", "nl", "in-person", "Midden", 10, List.of());
        MatchingProblem p = new MatchingProblem(List.of(utrecht, denHaag), List.of(oldest, fromDuo));

        Assignment greedy = Greedy.assign(p);
        Assignment solved = Matcher.solve(p, SHORT);
        assertEquals(1, greedy.placedCount());
        assertEquals(2, solved.placedCount());
        assertEquals(java.util.Map.of("a1", "den-haag", "a2", "utrecht"), solved.placements());
        assertTrue(ScoreCalculator.score(solved).compareTo(ScoreCalculator.score(greedy)) > 0);
    }

    @Test
    void theSolverIsNeverWorseThanGreedyOnRandomInstances() {
        // A budget like production's (10 s / 2 s unimproved), scaled down: 1 s tabu search is sometimes not enough.
        Matcher.Settings budget = new Matcher.Settings(Duration.ofSeconds(3), Duration.ofSeconds(1));
        int better = 0;
        for (long seed = 1; seed <= 5; seed++) {
            MatchingProblem p = Instances.random(seed * 31, 60, 6);
            Score greedy = ScoreCalculator.score(Greedy.assign(p));
            Score solver = ScoreCalculator.score(Matcher.solve(p, budget));
            assertTrue(solver.compareTo(greedy) >= 0, "seed " + seed + ": " + solver + " < " + greedy);
            if (solver.compareTo(greedy) > 0) {
                better++;
            }
        }
        assertTrue(better >= 3, "the solver improves on greedy on most instances, got " + better);
    }
}
