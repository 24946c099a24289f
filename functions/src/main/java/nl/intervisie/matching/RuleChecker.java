package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.List;

/** Checks an assignment against every hard rule, in plain code (independent of the solver). */
public final class RuleChecker {
    private RuleChecker() {
    }

    /**
     * A broken hard rule: code (capacity, too-few-to-start, language, mode, slot, distance, member-conflict,
     * conflict), the group, the people involved.
     */
    public record Violation(String code, String groupId, List<String> applicantIds, int weight) {
    }

    /** The rules that need nobody else: language, mode, slot, distance. */
    private static void alone(Candidate c, GroupSlot g, Rules.Limits limits, List<Violation> found) {
        if (!Rules.languageFits(c, g)) {
            found.add(new Violation("language", g.id(), List.of(c.id()), 1));
        }
        if (!Rules.modeFits(c, g)) {
            found.add(new Violation("mode", g.id(), List.of(c.id()), 1));
        }
        if (!Rules.slotFits(c, g)) {
            found.add(new Violation("slot", g.id(), List.of(c.id()), 1));
        }
        if (!Rules.distanceFits(c, g, limits)) {
            found.add(new Violation("distance", g.id(), List.of(c.id()), 1));
        }
    }

    public static List<Violation> violations(Assignment a) {
        MatchingProblem p = a.problem();
        Rules.Limits limits = p.limits();
        List<Violation> found = new ArrayList<>();
        int[] added = a.addedPerGroup();
        List<List<Integer>> in = new ArrayList<>();
        for (int g = 0; g < added.length; g++) {
            in.add(new ArrayList<>());
            GroupSlot group = p.groups().get(g);
            if (added[g] > group.free()) {
                found.add(new Violation("capacity", group.id(), List.of(), added[g] - group.free()));
            }
            if (group.memberCount() == 0 && added[g] > 0 && added[g] < limits.minToStart()) {
                found.add(new Violation("too-few-to-start", group.id(), List.of(), limits.minToStart() - added[g]));
            }
        }
        for (int i = 0; i < p.candidates().size(); i++) {
            GroupSlot g = a.group(i);
            if (g == null) {
                continue;
            }
            Candidate c = p.candidates().get(i);
            alone(c, g, limits, found);
            for (Person m : g.members()) {
                if (Rules.conflict(c.person(), m)) {
                    found.add(new Violation("member-conflict", g.id(), List.of(c.id(), m.id()), 1));
                }
            }
            for (int j : in.get(a.groupOf()[i])) {
                if (Rules.conflict(c.person(), p.candidates().get(j).person())) {
                    found.add(new Violation("conflict", g.id(), List.of(p.candidates().get(j).id(), c.id()), 1));
                }
            }
            in.get(a.groupOf()[i]).add(i);
        }
        return found;
    }
}
