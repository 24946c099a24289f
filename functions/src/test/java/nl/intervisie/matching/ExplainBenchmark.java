package nl.intervisie.matching;

import nl.intervisie.groups.Group;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What explaining a proposal costs at a size (default 5,000 applicants, 800 groups): new-group suggestions, the
 * explanations, the stored body (JSON + gzip), and reading it back into the coordinator's view in words. Run:
 * local/bench-matching's classpath with main class nl.intervisie.matching.ExplainBenchmark [size] [greedy].
 */
public final class ExplainBenchmark {
    private ExplainBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        MatchingProblem p = Instances.realistic(n, n, Math.max(8, n * 4 / 25));
        Assignment a = args.length > 1 ? Greedy.assign(p) : Matcher.run(p, Matcher.Settings.fromEnvironment()).assignment();
        Map<String, Group> groups = new HashMap<>();
        p.groups().forEach(g -> groups.put(g.id(), new Group(g.id(), "Groep " + g.id(), g.region(), "Stad", "",
                "dinsdagmiddag", "4x", g.language(), g.mode(), "Sam", 9, 0, 0)));
        for (int round = 1; round <= 3; round++) {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = bean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            var suggestions = NewGroups.propose(a);
            long t1 = System.nanoTime();
            var explanations = Explainer.explain(a, suggestions);
            long t2 = System.nanoTime();
            long c2 = bean.getCurrentThreadCpuTime();
            Map<String, Object> body = new LinkedHashMap<>();
            ProposalBody.put(body, explanations, suggestions);
            var item = ProposalItems.toItem(new Proposal("x", Instances.NOW, List.of(), body), Instances.NOW);
            long t3 = System.nanoTime();
            String view = Json.write(ProposalView.of(ProposalItems.fromItem(item), groups, Map.of(), Language.NL));
            long t4 = System.nanoTime();
            long c4 = bean.getCurrentThreadCpuTime();
            System.out.printf("round %d, %d applicants: placed %d, waiting %d | suggestions %d ms, explain %d ms, "
                            + "body+gzip %d ms (%d KB stored), read+words+json %d ms (%d KB); total %d ms wall, %d ms CPU "
                            + "(suggestions + explain %d ms CPU)%n",
                    round, n, a.placedCount(), n - a.placedCount(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                    item.get("body").b().asByteArray().length / 1024, ms(t4 - t3), view.length() / 1024, ms(t4 - t0),
                    ms(c4 - c0), ms(c2 - c0));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
