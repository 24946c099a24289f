package nl.intervisie.matching;

import java.time.Duration;

/**
 * Prints, per size, time, placed, soft score, the bound and the gap for the flow matcher and for greedy, on seeded
 * realistic instances (Instances.realistic), and the gap to the exact optimum on small instances. Run:
 * local/bench-matching (README). Not a test: figures, no pass/fail. Sizes: args, default 50 500 1000 5000.
 */
public final class MatchingBenchmark {
    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        Matcher.Settings settings = Matcher.Settings.fromEnvironment();
        int[] sizes = args.length == 0 ? new int[]{50, 500, 1000, 5000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("%nMatching benchmark (budget %d s, %d cores, max heap %d MB, load %.2f)%n",
                settings.spentLimit().toSeconds(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| applicants | groups | method | wall ms | cpu ms | placed | placed bound | soft | soft bound | gap | hard | explain ms |");
        System.out.println("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            int groups = Math.max(8, n * 4 / 25); // 5,000 applicants → 800 groups
            MatchingProblem p = Instances.realistic(n, n, groups);
            long g0 = System.nanoTime();
            long gc0 = cpu();
            Assignment greedy = Greedy.assign(p);
            long greedyCpu = (cpu() - gc0) / 1_000_000;
            long greedyMs = ms(g0);
            long c0 = cpu();
            MatchingSolution s = Matcher.run(p, settings);
            long cpuMs = (cpu() - c0) / 1_000_000;
            long e0 = System.nanoTime();
            long ec0 = cpu();
            Explainer.explain(s.assignment(), NewGroups.propose(s.assignment()));
            long explainMs = ms(e0);
            long explainCpu = (cpu() - ec0) / 1_000_000;
            Score gs = ScoreCalculator.score(greedy);
            row(n, groups, "flow", s.millis(), cpuMs, s.placed(), s.placedBound(), s.score(), s.softBound(),
                    explainMs + " (cpu " + explainCpu + ")");
            row(n, groups, "greedy", greedyMs, greedyCpu, greedy.placedCount(), s.placedBound(), gs, s.softBound(), "");
        }

        System.out.printf("(load average at the end %.2f)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int instances = 20;
        int optimal = 0;
        long softGap = 0;
        long mediumGap = 0;
        for (long seed = 1; seed <= instances; seed++) {
            MatchingProblem p = Instances.realistic(seed * 101, 9, 3);
            Score opt = ScoreCalculator.score(ExactSearch.optimum(p));
            Score s = Matcher.run(p, new Matcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(1))).score();
            optimal += opt.equals(s) ? 1 : 0;
            mediumGap += opt.mediumScore() - s.mediumScore();
            softGap += opt.mediumScore() == s.mediumScore() ? opt.softScore() - s.softScore() : 0;
        }
        System.out.printf("%nExact optimum (exhaustive search), %d instances of 9 applicants and 3 groups: flow optimal on %d, "
                + "placed fewer in total %d, soft gap in total %d%n", instances, optimal, mediumGap, softGap);
    }

    private static void row(int n, int groups, String method, long ms, long cpuMs, int placed, int placedBound,
                            Score score, long softBound, String explain) {
        String gap = placed < placedBound ? (placedBound - placed) + " people"
                : String.format(java.util.Locale.ROOT, "%.2f %% (%d pts)",
                100.0 * Math.max(0, softBound - score.softScore()) / Math.max(1, Math.abs(score.softScore())),
                Math.max(0, softBound - score.softScore()));
        System.out.printf("| %d | %d | %s | %d | %d | %d | %d | %d | %d | %s | %d | %s |%n", n, groups, method, ms, cpuMs,
                placed, placedBound, score.softScore(), softBound, gap, score.hardScore(), explain);
    }

    /** This thread's CPU time: on a shared machine the fair measure (the wall-clock column includes waiting for a core). */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
