package nl.intervisie.matching;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The solver's claims: its bound is never beaten by the exact optimum (exhaustive search), a zero gap means the
 * optimum, and the warm network (changed step by step) ends exactly where a fresh one configured at once ends.
 */
class MatchingBoundTest {
    private static final Matcher.Settings QUICK = new Matcher.Settings(Duration.ofSeconds(2), Duration.ofMillis(500));

    @Test
    void theBoundHoldsAgainstTheExactOptimumAndAZeroGapIsTheOptimum() {
        int proven = 0;
        for (long seed = 1; seed <= 40; seed++) {
            MatchingProblem p = seed % 2 == 0 ? Instances.realistic(seed * 31, 9, 3) : Instances.random(seed * 17, 8, 3);
            Score optimum = ScoreCalculator.score(ExactSearch.optimum(p));
            MatchingSolution s = Matcher.run(p, QUICK);
            int optimumPlaced = p.candidates().size() + (int) optimum.mediumScore();
            assertTrue(s.placedBound() >= optimumPlaced, "seed " + seed + ": placed bound below the optimum");
            if (s.placedBound() == optimumPlaced) {
                assertTrue(s.softBound() >= optimum.softScore(), "seed " + seed + ": soft bound below the optimum");
            }
            assertTrue(s.score().compareTo(optimum) <= 0, "seed " + seed + ": better than the optimum?");
            assertEquals(0, s.score().hardScore(), "seed " + seed);
            if (s.placed() == s.placedBound() && s.softGapPoints() == 0) {
                assertEquals(optimum, s.score(), "seed " + seed + ": gap 0 but not the optimum");
                proven++;
            }
        }
        assertTrue(proven >= 30, "proven optimal on " + proven + " of 40");
    }

    @Test
    void aWarmNetworkEndsWhereAFreshOneDoes() {
        Random r = new Random(7);
        for (long seed = 1; seed <= 6; seed++) {
            MatchingProblem p = Instances.realistic(seed, 80, 14);
            MatchingNetwork warm = new MatchingNetwork(p, 2);
            int[] modes = new int[p.groups().size()];
            for (int step = 0; step < 8; step++) {
                for (int g = 0; g < modes.length; g++) {
                    modes[g] = r.nextInt(3);
                }
                warm.configure(modes, step % 3 == 0 ? Set.of() : Set.of((long) r.nextInt(80) * modes.length + r.nextInt(modes.length)));
                exact(warm);
            }
            warm.configure(modes, Set.of());
            MatchingNetwork fresh = new MatchingNetwork(p, 2);
            fresh.configure(modes, Set.of());
            assertEquals(exact(fresh), exact(warm), "seed " + seed + " modes " + Arrays.toString(modes));
            assertTrue(warm.net.certified(), "seed " + seed + ": a residual arc with negative reduced cost");
        }
    }

    /** Prices until no arc left out can improve: the flow is then cheapest over all arcs. */
    private static long exact(MatchingNetwork net) {
        while (net.price(4)[0] > 0) {
            assertTrue(net.net.certified());
        }
        return net.cost();
    }
}
