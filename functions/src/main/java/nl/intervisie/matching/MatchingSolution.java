package nl.intervisie.matching;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import java.util.List;

/** The solver's view of a matching problem. */
@PlanningSolution
public class MatchingSolution {
    @ProblemFactCollectionProperty
    private List<GroupSlot> groups;
    @PlanningEntityCollectionProperty
    private List<Placement> placements;
    @PlanningScore
    private HardMediumSoftScore score;

    public MatchingSolution() {
    }

    MatchingSolution(List<GroupSlot> groups, List<Placement> placements) {
        this.groups = groups;
        this.placements = placements;
    }

    public List<GroupSlot> getGroups() {
        return groups;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
