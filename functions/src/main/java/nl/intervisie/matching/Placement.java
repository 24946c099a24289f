package nl.intervisie.matching;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.util.Comparator;
import java.util.List;

/** The solver's planning entity: one waiting applicant and the group the solver gives them (null = waiting). */
@PlanningEntity(comparatorClass = Placement.Difficulty.class)
public class Placement {
    /**
     * Construction order (hardest last in this ordering, so placed first): fewest fitting groups, then longest
     * waiting. Placing the choosiest applicants first avoids the trap greedy falls into.
     */
    public static final class Difficulty implements Comparator<Placement> {
        private static final Comparator<Placement> ORDER = Comparator
                .comparingInt((Placement p) -> -p.allowed.size())
                .thenComparing(p -> p.candidate.waitingSince(), Comparator.reverseOrder())
                .thenComparing(Placement::getId);

        @Override
        public int compare(Placement a, Placement b) {
            return ORDER.compare(a, b);
        }
    }

    @PlanningId
    private String id;
    private Candidate candidate;
    /** Only groups the applicant fits on their own: keeps the search away from hopeless moves. */
    private List<GroupSlot> allowed;
    @PlanningVariable(valueRangeProviderRefs = "allowedGroups", allowsUnassigned = true)
    private GroupSlot group;

    public Placement() {
    }

    Placement(Candidate candidate, List<GroupSlot> allowed) {
        this.id = candidate.id();
        this.candidate = candidate;
        this.allowed = allowed;
    }

    public String getId() {
        return id;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public Person person() {
        return candidate.person();
    }

    @ValueRangeProvider(id = "allowedGroups")
    public List<GroupSlot> getAllowed() {
        return allowed;
    }

    public GroupSlot getGroup() {
        return group;
    }

    public void setGroup(GroupSlot group) {
        this.group = group;
    }
}
