package nl.intervisie.matching;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which group (index into the problem's groups) each candidate (same index) gets; -1 = waiting. */
public record Assignment(MatchingProblem problem, int[] groupOf) {
    public static Assignment empty(MatchingProblem problem) {
        int[] none = new int[problem.candidates().size()];
        Arrays.fill(none, -1);
        return new Assignment(problem, none);
    }

    public GroupSlot group(int candidate) {
        int g = groupOf[candidate];
        return g < 0 ? null : problem.groups().get(g);
    }

    public int placedCount() {
        return (int) Arrays.stream(groupOf).filter(g -> g >= 0).count();
    }

    /** Applicant id → group id, placed applicants only, in candidate order. */
    public Map<String, String> placements() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] >= 0) {
                map.put(problem.candidates().get(i).id(), problem.groups().get(groupOf[i]).id());
            }
        }
        return map;
    }

    /** How many candidates each group gets. */
    public int[] addedPerGroup() {
        int[] added = new int[problem.groups().size()];
        for (int g : groupOf) {
            if (g >= 0) {
                added[g]++;
            }
        }
        return added;
    }
}
