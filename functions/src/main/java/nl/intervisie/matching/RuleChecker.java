package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.List;

/** Checks an assignment against every hard rule, in plain code (independent of the solver). */
public final class RuleChecker {
    private RuleChecker() {
    }

    /** A broken hard rule: code (capacity, too-few-to-start, a {@link Rules.GroupRule}'s code, distance, member-conflict, conflict), the group, the people involved. */
    public record Violation(String code, String groupId, List<String> applicantIds, int weight) {
    }

    public static List<Violation> violations(Assignment a) {
        MatchingProblem p = a.problem();
        List<Violation> found = new ArrayList<>();
        int[] added = a.addedPerGroup();
        for (int g = 0; g < added.length; g++) {
            GroupSlot group = p.groups().get(g);
            if (added[g] > group.free()) {
                found.add(new Violation("capacity", group.id(), List.of(), added[g] - group.free()));
            }
            if (group.memberCount() == 0 && added[g] > 0 && added[g] < p.limits().minToStart()) {
                found.add(new Violation("too-few-to-start", group.id(), List.of(), p.limits().minToStart() - added[g]));
            }
        }
        for (int i = 0; i < p.candidates().size(); i++) {
            GroupSlot g = a.group(i);
            if (g == null) {
                continue;
            }
            Candidate c = p.candidates().get(i);
            for (Rules.GroupRule rule : Rules.broken(c, g)) {
                found.add(new Violation(rule.code, g.id(), List.of(c.id()), 1));
            }
            if (!Rules.distanceFits(c, g, p.limits())) {
                found.add(new Violation("distance", g.id(), List.of(c.id()), 1));
            }
            for (Person m : g.members()) {
                if (Rules.conflict(c.person(), m)) {
                    found.add(new Violation("member-conflict", g.id(), List.of(c.id(), m.id()), 1));
                }
            }
            for (int j = i + 1; j < p.candidates().size(); j++) {
                if (a.groupOf()[j] == a.groupOf()[i] && Rules.conflict(c.person(), p.candidates().get(j).person())) {
                    found.add(new Violation("conflict", g.id(), List.of(c.id(), p.candidates().get(j).id()), 1));
                }
            }
        }
        return found;
    }
}
