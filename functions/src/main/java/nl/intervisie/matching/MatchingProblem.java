package nl.intervisie.matching;

import java.util.List;

/** Groups and waiting applicants, and the coordinator's limits: the input of one matching run. */
public record MatchingProblem(List<GroupSlot> groups, List<Candidate> candidates, Rules.Limits limits) {
    public MatchingProblem {
        groups = List.copyOf(groups);
        candidates = List.copyOf(candidates);
        limits = limits == null ? Rules.Limits.DEFAULT : limits;
    }

    public MatchingProblem(List<GroupSlot> groups, List<Candidate> candidates) {
        this(groups, candidates, Rules.Limits.DEFAULT);
    }

    /** The groups an applicant could join on their own: every hard rule that does not depend on other applicants. */
    public List<GroupSlot> allowedGroups(Candidate c) {
        return groups.stream().filter(g -> fits(c, g)).toList();
    }

    /** Room, and every hard rule that does not depend on other applicants. */
    public boolean fits(Candidate c, GroupSlot g) {
        return g.free() > 0 && (g.memberCount() > 0 || g.free() >= limits.minToStart())
                && Rules.fitsAlone(c, g, limits);
    }
}
