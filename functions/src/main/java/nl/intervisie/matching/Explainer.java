package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why each applicant is placed where they are, or why they wait: for a waiting applicant, every group with the
 * hard rule that stopped it. Plain code over the rules, independent of how the assignment was found. Linear in
 * applicants × groups: the people per group are gathered once (not per applicant and group).
 */
public final class Explainer {
    private Explainer() {
    }

    /**
     * One reason. Codes — placed: language, mode, distance (detail: km), same-region, neighbouring-region,
     * distant-region, region-unknown, online, slot, size. Waiting: language, mode, slot, too-far (detail: km),
     * full, too-few-to-start, same-organisation, avoid (with: the other person's id), not-chosen (a free place
     * that fits: the search did not use it), new-group.
     */
    public record Reason(String code, String groupId, String detail, List<String> with) {
    }

    /** @param groupId null while waiting; newGroup the index into the new-group suggestions, or null */
    public record Explanation(String applicantId, String groupId, Integer newGroup, List<Reason> reasons) {
    }

    public static List<Explanation> explain(Assignment a, List<NewGroups.NewGroup> newGroups) {
        MatchingProblem p = a.problem();
        int[] added = a.addedPerGroup();
        List<List<Person>> joined = new ArrayList<>();
        p.groups().forEach(g -> joined.add(new ArrayList<>()));
        for (int i = 0; i < p.candidates().size(); i++) {
            if (a.groupOf()[i] >= 0) {
                joined.get(a.groupOf()[i]).add(p.candidates().get(i).person());
            }
        }
        java.util.Map<String, Integer> newGroupOf = new java.util.HashMap<>();
        for (int n = 0; n < newGroups.size(); n++) {
            for (String id : newGroups.get(n).applicantIds()) {
                newGroupOf.putIfAbsent(id, n);
            }
        }
        List<Explanation> result = new ArrayList<>();
        for (int i = 0; i < p.candidates().size(); i++) {
            Candidate c = p.candidates().get(i);
            GroupSlot placed = a.group(i);
            if (placed != null) {
                result.add(placedReasons(c, placed, placed.memberCount() + added[a.groupOf()[i]]));
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            Integer newGroup = newGroupOf.get(c.id());
            if (newGroup != null) {
                reasons.add(new Reason("new-group", null, Integer.toString(newGroup), List.of()));
            }
            for (int g = 0; g < p.groups().size(); g++) {
                reasons.addAll(blocked(p, c, g, added[g], joined.get(g)));
            }
            result.add(new Explanation(c.id(), null, newGroup, reasons));
        }
        return result;
    }

    private static Explanation placedReasons(Candidate c, GroupSlot placed, int size) {
        String code = Rules.nearnessCode(c, placed);
        String near = "distance".equals(code) ? km(Rules.km(c, placed)) : placed.online() ? "" : placed.region();
        List<Reason> reasons = new ArrayList<>(List.of(
                new Reason("language", placed.id(), c.language(), List.of()),
                new Reason("mode", placed.id(), c.mode() + "→" + placed.mode(), List.of()),
                new Reason(code, placed.id(), near, List.of())));
        if (!placed.slot().isEmpty()) {
            reasons.add(new Reason("slot", placed.id(), placed.slot(), List.of()));
        }
        reasons.add(new Reason("size", placed.id(), size + "/" + placed.capacity(), List.of()));
        return new Explanation(c.id(), placed.id(), null, reasons);
    }

    /** The hard rules that keep candidate c (waiting) out of group g, given who else goes there. */
    static List<Reason> blocked(MatchingProblem p, Candidate c, int g, int added, List<Person> joined) {
        GroupSlot group = p.groups().get(g);
        List<Reason> reasons = new ArrayList<>();
        for (Rules.GroupRule rule : Rules.broken(c, group)) {
            reasons.add(new Reason(rule.code, group.id(), rule.detail(c, group), List.of()));
        }
        if (!Rules.distanceFits(c, group, p.limits())) {
            reasons.add(new Reason("too-far", group.id(), km(Rules.km(c, group)), List.of()));
        }
        pairs(c, group, joined, reasons);
        if (added >= group.free()) {
            reasons.add(new Reason("full", group.id(), (group.memberCount() + added) + "/" + group.capacity(), List.of()));
        } else if (group.memberCount() == 0 && added == 0 && reasons.isEmpty()) {
            reasons.add(new Reason("too-few-to-start", group.id(), Integer.toString(p.limits().minToStart()), List.of()));
        }
        if (reasons.isEmpty()) {
            reasons.add(new Reason("not-chosen", group.id(), (group.memberCount() + added) + "/" + group.capacity(), List.of()));
        }
        return reasons;
    }

    /** Same organisation or an avoid-list (either way) with a member or someone else placed there. */
    private static void pairs(Candidate c, GroupSlot group, List<Person> joined, List<Reason> reasons) {
        List<String> sameOrg = new ArrayList<>();
        List<String> avoid = new ArrayList<>();
        for (List<Person> others : List.of(group.members(), joined)) {
            for (Person o : others) {
                if (Rules.sameOrganisation(c.person(), o)) {
                    sameOrg.add(o.id());
                } else if (Rules.avoids(c.person(), o) || Rules.avoids(o, c.person())) {
                    avoid.add(o.id());
                }
            }
        }
        if (!sameOrg.isEmpty()) {
            reasons.add(new Reason("same-organisation", group.id(), "", sameOrg));
        }
        if (!avoid.isEmpty()) {
            reasons.add(new Reason("avoid", group.id(), "", avoid));
        }
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, "%.0f", km);
    }
}
