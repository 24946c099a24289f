package nl.intervisie.matching;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * Prints time and quality of greedy versus the Timefold solver (with the production time box) for 50, 500 and
 * 5,000 applicants, and the gap to the exact optimum on small instances. Run: mvn -B -ntp -pl functions
 * -Pmatching-benchmark verify -DskipTests (README). Not a test: figures, no pass/fail.
 */
public final class MatchingBenchmark {
    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        Matcher.Settings settings = Matcher.Settings.fromEnvironment();
        System.out.printf("%nMatching benchmark (solver time box %d s, stop after %d s without improvement; %d cores)%n",
                settings.spentLimit().toSeconds(), settings.unimprovedLimit().toSeconds(),
                Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        Matcher.solve(Instances.random(1, 10, 3), new Matcher.Settings(java.time.Duration.ofMillis(200),
                java.time.Duration.ofMillis(100)));
        System.out.printf("first solve incl. SolverFactory build (cold start cost): %d ms%n%n", ms(t0));

        System.out.println("| applicants | groups | free places | greedy ms | greedy placed | greedy soft | Timefold ms | Timefold placed | Timefold soft | from greedy ms | from greedy placed | from greedy soft | hard (all) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int n : new int[]{50, 500, 5000}) {
            int groups = Math.max(8, n / 8);
            MatchingProblem p = Instances.random(n, n, groups);
            int free = p.groups().stream().mapToInt(GroupSlot::free).sum();
            long g0 = System.nanoTime();
            Assignment greedy = Greedy.assign(p);
            long greedyMs = ms(g0);
            long s0 = System.nanoTime();
            Assignment solved = Matcher.solve(p, settings);
            long solverMs = ms(s0);
            long w0 = System.nanoTime();
            Assignment warm = Matcher.solve(p, settings, Greedy.assign(p));
            long warmMs = ms(w0);
            HardMediumSoftScore gs = ScoreCalculator.score(greedy);
            HardMediumSoftScore ss = ScoreCalculator.score(solved);
            HardMediumSoftScore ws = ScoreCalculator.score(warm);
            System.out.printf("| %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d/%d/%d |%n", n, groups, free,
                    greedyMs, greedy.placedCount(), gs.softScore(), solverMs, solved.placedCount(), ss.softScore(),
                    warmMs, warm.placedCount(), ws.softScore(), gs.hardScore(), ss.hardScore(), ws.hardScore());
        }

        int instances = 20;
        long mediumGapSolver = 0, softGapSolver = 0, maxSoftGapSolver = 0, mediumGapGreedy = 0, softGapGreedy = 0;
        int solverOptimal = 0, greedyOptimal = 0;
        Matcher.Settings small = new Matcher.Settings(java.time.Duration.ofSeconds(2), java.time.Duration.ofMillis(500));
        long e0 = System.nanoTime();
        for (long seed = 1; seed <= instances; seed++) {
            MatchingProblem p = Instances.random(seed * 101, 9, 3);
            HardMediumSoftScore opt = ScoreCalculator.score(ExactSearch.optimum(p));
            HardMediumSoftScore s = ScoreCalculator.score(Matcher.solve(p, small));
            HardMediumSoftScore g = ScoreCalculator.score(Greedy.assign(p));
            mediumGapSolver += opt.mediumScore() - s.mediumScore();
            mediumGapGreedy += opt.mediumScore() - g.mediumScore();
            if (opt.mediumScore() == s.mediumScore()) {
                softGapSolver += opt.softScore() - s.softScore();
                maxSoftGapSolver = Math.max(maxSoftGapSolver, opt.softScore() - s.softScore());
            }
            if (opt.mediumScore() == g.mediumScore()) {
                softGapGreedy += opt.softScore() - g.softScore();
            }
            solverOptimal += opt.equals(s) ? 1 : 0;
            greedyOptimal += opt.equals(g) ? 1 : 0;
        }
        System.out.printf("%nGap to the exact optimum (exhaustive search), %d instances of 9 applicants and 3 groups (%d ms):%n",
                instances, ms(e0));
        System.out.println("| method | optimal | placed fewer than optimum (total) | soft gap (total, where placed equal) |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf("| solver | %d/%d | %d | %d (max %d) |%n", solverOptimal, instances, mediumGapSolver, softGapSolver, maxSoftGapSolver);
        System.out.printf("| greedy | %d/%d | %d | %d |%n", greedyOptimal, instances, mediumGapGreedy, softGapGreedy);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
