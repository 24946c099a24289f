package nl.intervisie.matching;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import nl.intervisie.store.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the Timefold solver on a matching problem, time-boxed so an API call answers well within 29 s. */
public final class Matcher {
    /**
     * @param spentLimit      hard stop for the search
     * @param unimprovedLimit stop earlier once the best score has not improved for this long
     */
    public record Settings(Duration spentLimit, Duration unimprovedLimit) {
        /** MATCHING_TIME_LIMIT_SECONDS (default 10) and MATCHING_UNIMPROVED_SECONDS (default 2). */
        public static Settings fromEnvironment() {
            return new Settings(Duration.ofSeconds(seconds("MATCHING_TIME_LIMIT_SECONDS", 10)),
                    Duration.ofSeconds(seconds("MATCHING_UNIMPROVED_SECONDS", 2)));
        }

        private static long seconds(String name, long fallback) {
            try {
                long value = Long.parseLong(Config.get(name, Long.toString(fallback)));
                return value > 0 && value <= 25 ? value : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    /** Built once per container: it analyses the domain classes and compiles the constraints. */
    private static final class Holder {
        static final SolverFactory<MatchingSolution> FACTORY = SolverFactory.create(new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(MatchingConstraints.class)
                .withTerminationSpentLimit(Duration.ofSeconds(10))
                .withPhases(
                        // choosiest applicants first (see Placement.Difficulty)
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        // tabu search accepts a worse step to escape: moving one person out of the way
                        // costs a little before the next move places someone else (late acceptance stalls there)
                        new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.TABU_SEARCH)));
    }

    private Matcher() {
    }

    /** Warms the factory up (for a SnapStart checkpoint or the first request's benefit). */
    public static void prime() {
        Holder.FACTORY.getClass();
    }

    public static Assignment solve(MatchingProblem problem, Settings settings) {
        Map<Placement, Integer> index = new HashMap<>();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < problem.candidates().size(); i++) {
            Candidate c = problem.candidates().get(i);
            List<GroupSlot> allowed = problem.allowedGroups(c);
            if (!allowed.isEmpty()) { // nobody else to weigh: they wait whatever the solver does
                Placement p = new Placement(c, allowed);
                placements.add(p);
                index.put(p, i);
            }
        }
        Assignment result = Assignment.empty(problem);
        if (placements.isEmpty()) {
            return result;
        }
        var solver = Holder.FACTORY.buildSolver(new SolverConfigOverride()
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(settings.spentLimit())
                        .withUnimprovedSpentLimit(settings.unimprovedLimit())));
        MatchingSolution solved = solver.solve(new MatchingSolution(problem.groups(), placements));
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int g = 0; g < problem.groups().size(); g++) {
            groupIndex.put(problem.groups().get(g).id(), g);
        }
        Map<String, Integer> candidateIndex = new HashMap<>();
        index.forEach((p, i) -> candidateIndex.put(p.getId(), i));
        for (Placement p : solved.getPlacements()) {
            if (p.getGroup() != null) {
                result.groupOf()[candidateIndex.get(p.getId())] = groupIndex.get(p.getGroup().id());
            }
        }
        return result;
    }

    /** The constraint streams' score of an assignment (tests compare it with {@link ScoreCalculator}). */
    public static ai.timefold.solver.core.api.score.HardMediumSoftScore constraintScore(Assignment a) {
        MatchingProblem problem = a.problem();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < problem.candidates().size(); i++) {
            Placement p = new Placement(problem.candidates().get(i), problem.groups());
            p.setGroup(a.group(i));
            placements.add(p);
        }
        ai.timefold.solver.core.api.solver.SolutionManager<MatchingSolution, ai.timefold.solver.core.api.score.HardMediumSoftScore> manager =
                ai.timefold.solver.core.api.solver.SolutionManager.create(Holder.FACTORY);
        return manager.update(new MatchingSolution(problem.groups(), placements));
    }
}
