package nl.intervisie.matching;

import java.util.List;

/** Groups and waiting applicants: the input of one matching run. */
public record MatchingProblem(List<GroupSlot> groups, List<Candidate> candidates) {
    public MatchingProblem {
        groups = List.copyOf(groups);
        candidates = List.copyOf(candidates);
    }

    /** The groups an applicant could join on their own: every hard rule that does not depend on other applicants. */
    public List<GroupSlot> allowedGroups(Candidate c) {
        return groups.stream().filter(g -> g.free() > 0 && Rules.fitsAlone(c, g)).toList();
    }
}
