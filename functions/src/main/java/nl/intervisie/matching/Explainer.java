package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Why each applicant is placed where they are, or why they wait: for a waiting applicant, every group with the
 * hard rule that stopped it. Plain code over the rules, independent of how the assignment was found.
 */
public final class Explainer {
    private Explainer() {
    }

    /**
     * One reason. Codes — placed: language, mode, same-region, neighbouring-region, distant-region,
     * region-unknown, online, size. Waiting: language, mode, full, same-organisation, avoid (with: the other
     * person's id), not-chosen (a free place that fits: the search did not use it), new-group.
     */
    public record Reason(String code, String groupId, String detail, List<String> with) {
    }

    /** @param groupId null while waiting; newGroup the index into the new-group suggestions, or null */
    public record Explanation(String applicantId, String groupId, Integer newGroup, List<Reason> reasons) {
    }

    public static List<Explanation> explain(Assignment a, List<NewGroups.NewGroup> newGroups) {
        MatchingProblem p = a.problem();
        int[] added = a.addedPerGroup();
        List<Explanation> result = new ArrayList<>();
        for (int i = 0; i < p.candidates().size(); i++) {
            Candidate c = p.candidates().get(i);
            GroupSlot placed = a.group(i);
            if (placed != null) {
                int size = placed.memberCount() + added[a.groupOf()[i]];
                result.add(new Explanation(c.id(), placed.id(), null, List.of(
                        new Reason("language", placed.id(), c.language(), List.of()),
                        new Reason("mode", placed.id(), c.mode() + "→" + placed.mode(), List.of()),
                        new Reason(Rules.nearnessCode(c, placed), placed.id(), placed.online() ? "" : placed.region(), List.of()),
                        new Reason("size", placed.id(), size + "/" + placed.capacity(), List.of()))));
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            Integer newGroup = null;
            for (int n = 0; n < newGroups.size(); n++) {
                if (newGroups.get(n).applicantIds().contains(c.id())) {
                    newGroup = n;
                    reasons.add(new Reason("new-group", null, Integer.toString(n), List.of()));
                }
            }
            for (int g = 0; g < p.groups().size(); g++) {
                reasons.addAll(blocked(a, i, g, added[g]));
            }
            result.add(new Explanation(c.id(), null, newGroup, reasons));
        }
        return result;
    }

    /** The hard rules that keep candidate i out of group g, given everyone else's place. */
    static List<Reason> blocked(Assignment a, int i, int g, int added) {
        MatchingProblem p = a.problem();
        Candidate c = p.candidates().get(i);
        GroupSlot group = p.groups().get(g);
        List<Reason> reasons = new ArrayList<>();
        for (Rules.GroupRule rule : Rules.broken(c, group)) {
            reasons.add(new Reason(rule.code, group.id(), rule.detail(c, group), List.of()));
        }
        List<Person> others = new ArrayList<>(group.members());
        for (int j = 0; j < p.candidates().size(); j++) {
            if (a.groupOf()[j] == g && j != i) {
                others.add(p.candidates().get(j).person());
            }
        }
        List<String> sameOrg = new ArrayList<>();
        List<String> avoid = new ArrayList<>();
        for (Person o : others) {
            if (Rules.sameOrganisation(c.person(), o)) {
                sameOrg.add(o.id());
            } else if (Rules.avoids(c.person(), o) || Rules.avoids(o, c.person())) {
                avoid.add(o.id());
            }
        }
        if (!sameOrg.isEmpty()) {
            reasons.add(new Reason("same-organisation", group.id(), "", sameOrg));
        }
        if (!avoid.isEmpty()) {
            reasons.add(new Reason("avoid", group.id(), "", avoid));
        }
        if (added >= group.free()) {
            reasons.add(new Reason("full", group.id(), (group.memberCount() + added) + "/" + group.capacity(), List.of()));
        }
        if (reasons.isEmpty()) {
            reasons.add(new Reason("not-chosen", group.id(), (group.memberCount() + added) + "/" + group.capacity(), List.of()));
        }
        return reasons;
    }
}
