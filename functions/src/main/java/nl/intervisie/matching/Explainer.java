package nl.intervisie.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why each applicant is placed where they are, or why they wait, as facts the coordinator's words are made of
 * ({@link ReasonText}): per placement the facts of its one line, per waiting applicant at most three sentences that
 * name the groups nearest to fitting and the rule that stopped each. Plain code over the rules, independent of how
 * the assignment was found. Cost: one pass over the groups per waiting applicant with cheap checks; the people
 * checks (organisation, avoid-list) only for the few groups a sentence can name.
 */
public final class Explainer {
    /** At most this many sentences per waiting applicant. */
    static final int MAX_SENTENCES = 3;
    /** A sentence names at most this many groups, then "and n more". */
    static final int MAX_NAMED = 2;

    private Explainer() {
    }

    /**
     * The facts of one placement's line.
     *
     * @param km        straight-line distance when both places are known, else null
     * @param nearness  when km is null: online, same-region, neighbouring-region, distant-region or region-unknown
     * @param slotRank  1 for the applicant's first choice, 2 for the second…; 0 when any slot suits or none is known
     * @param running   whether the group had members before this proposal (else it is a new group)
     */
    public record Placed(String applicantId, String groupId, Integer km, String nearness, String region, String slot,
                         int slotRank, String language, String mode, boolean running, int sizeAfter, int capacity) {
    }

    /**
     * One sentence about a waiting applicant.
     *
     * @param rule    what stopped them; see {@link ReasonText#sentence} for the words of each
     * @param groups  the groups it names (nearest first), at most {@link #MAX_NAMED}
     * @param more    how many more groups the same rule stopped
     * @param number  a number the sentence needs (km, the minimum to start, the size of a suggested group), or null
     * @param slots   the applicant's slots ("wednesday-evening"), or the group's slot for rule "slot"; empty: any
     * @param mode    the mode the sentence is about (the applicant's, or the suggested group's)
     * @param place   a region or city the sentence names, or ""
     */
    public record Sentence(String rule, List<String> groups, int more, Integer number, List<String> slots,
                           String language, String mode, String place) {
        public Sentence {
            groups = groups == null ? List.of() : List.copyOf(groups);
            slots = slots == null ? List.of() : List.copyOf(slots);
            language = language == null ? "" : language;
            mode = mode == null ? "" : mode;
            place = place == null ? "" : place;
        }

    }

    /** @param newGroup the index into the new-group suggestions, or null */
    public record Waiting(String applicantId, Integer newGroup, List<Sentence> sentences) {
    }

    public record Explanations(List<Placed> placed, List<Waiting> waiting) {
    }

    public static Explanations explain(Assignment a, List<NewGroups.NewGroup> newGroups) {
        MatchingProblem p = a.problem();
        int[] added = a.addedPerGroup();
        List<List<Person>> joined = new ArrayList<>();
        p.groups().forEach(g -> joined.add(new ArrayList<>()));
        for (int i = 0; i < p.candidates().size(); i++) {
            if (a.groupOf()[i] >= 0) {
                joined.get(a.groupOf()[i]).add(p.candidates().get(i).person());
            }
        }
        Map<String, Integer> newGroupOf = new HashMap<>();
        for (int n = 0; n < newGroups.size(); n++) {
            for (String id : newGroups.get(n).applicantIds()) {
                newGroupOf.putIfAbsent(id, n);
            }
        }
        List<Placed> placed = new ArrayList<>();
        List<Waiting> waiting = new ArrayList<>();
        for (int i = 0; i < p.candidates().size(); i++) {
            Candidate c = p.candidates().get(i);
            int g = a.groupOf()[i];
            if (g >= 0) {
                GroupSlot group = p.groups().get(g);
                placed.add(placed(c, group, group.memberCount() + added[g]));
            } else {
                Integer n = newGroupOf.get(c.id());
                waiting.add(new Waiting(c.id(), n, sentences(p, c, added, joined, n == null ? null : newGroups.get(n))));
            }
        }
        return new Explanations(placed, waiting);
    }

    static Placed placed(Candidate c, GroupSlot g, int sizeAfter) {
        boolean known = !g.online() && c.located() && g.located();
        Integer km = known ? (int) Math.round(Rules.km(c, g)) : null;
        String nearness = known ? "distance" : Rules.nearnessCode(c, g);
        int rank = g.slot().isEmpty() || c.anySlot() ? 0 : c.availability().indexOf(g.slot()) + 1;
        return new Placed(c.id(), g.id(), km, nearness, g.online() ? "" : g.region(), g.slot(), rank, g.language(),
                g.mode(), g.memberCount() > 0, sizeAfter, Math.min(g.capacity(), Rules.MAX_SIZE));
    }

    /** At most three sentences: the suggestion they are in, then what stopped the groups nearest to fitting. */
    static List<Sentence> sentences(MatchingProblem p, Candidate c, int[] added, List<List<Person>> joined,
                                    NewGroups.NewGroup suggestion) {
        List<Sentence> out = new ArrayList<>();
        if (suggestion != null) {
            out.add(new Sentence("new-group", List.of(), 0, suggestion.applicantIds().size(), List.of(),
                    suggestion.language(), suggestion.mode(), suggestion.region()));
        }
        List<Integer> relevant = new ArrayList<>(); // language and mode fit
        List<Integer> reachable = new ArrayList<>(); // and every other group rule, and the distance
        int[] near = new int[p.groups().size()]; // soft nearness, computed once per group (the sort reads it often)
        for (int g = 0; g < p.groups().size(); g++) {
            GroupSlot group = p.groups().get(g);
            if (Rules.languageFits(c, group) && Rules.modeFits(c, group)) {
                relevant.add(g);
                near[g] = Rules.nearness(c, group);
                if (fitsRules(c, group) && Rules.distanceFits(c, group, p.limits())) {
                    reachable.add(g);
                }
            }
        }
        if (relevant.isEmpty()) {
            out.add(new Sentence("no-group", List.of(), 0, null, List.of(), c.language(), c.mode(), ""));
            return out;
        }
        return within(p, c, added, joined, suggestion, relevant, reachable, near, out);
    }

    /** The sentences once the groups in the person's language and mode are known, nearest first. */
    private static List<Sentence> within(MatchingProblem p, Candidate c, int[] added, List<List<Person>> joined,
                                         NewGroups.NewGroup suggestion, List<Integer> relevant, List<Integer> reachable,
                                         int[] near, List<Sentence> out) {
        Comparator<Integer> nearest = Comparator.comparingInt((Integer g) -> near[g])
                .thenComparing(g -> p.groups().get(g).id());
        reachable.sort(nearest);
        stoppedGroups(p, c, added, joined, reachable, out);
        if (reachable.isEmpty()) {
            out.add(noneReachable(p, c, "none-reachable"));
            nearMisses(p, c, relevant, nearest, out);
            if (suggestion == null) {
                out.add(new Sentence("too-few-here", List.of(), 0, p.limits().minToStart(), List.of(), c.language(),
                        c.mode(), "online".equals(c.mode()) ? "" : c.region()));
            }
        } else if (reachable.size() < relevant.size()) {
            out.add(noneReachable(p, c, "none-other"));
        }
        return out.size() > MAX_SENTENCES ? List.copyOf(out.subList(0, MAX_SENTENCES)) : out;
    }

    /** One sentence per rule among the reachable groups, nearest group first, naming up to two groups each. */
    private static void stoppedGroups(MatchingProblem p, Candidate c, int[] added, List<List<Person>> joined,
                                      List<Integer> reachable, List<Sentence> out) {
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        for (int g : reachable) {
            String rule = stopRule(p, c, g, added[g], joined.get(g));
            byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(p.groups().get(g).id());
        }
        for (Map.Entry<String, List<String>> e : byRule.entrySet()) {
            List<String> ids = e.getValue();
            List<String> named = ids.subList(0, Math.min(ids.size(), MAX_NAMED));
            Integer number = "too-few".equals(e.getKey()) ? p.limits().minToStart() : null;
            out.add(new Sentence(e.getKey(), named, ids.size() - named.size(), number, List.of(), "", "", ""));
        }
    }

    /**
     * The one rule that keeps waiting candidate c out of reachable group g (language, mode, slot and distance fit),
     * given who else the proposal places there: same-organisation, avoid (with a member, or "-new" with someone
     * placed there now), full, filled (full after this proposal), too-few (an empty group this proposal does not
     * open), or room (a free place that fits: the proposal did not use it).
     */
    static String stopRule(MatchingProblem p, Candidate c, int g, int added, List<Person> joined) {
        GroupSlot group = p.groups().get(g);
        String members = pairRule(c, group.members());
        if (members != null) {
            return members;
        }
        String newcomers = pairRule(c, joined);
        if (newcomers != null) {
            return newcomers + "-new";
        }
        if (group.free() == 0) {
            return "full";
        }
        if (added >= group.free()) {
            return "filled";
        }
        if (group.memberCount() == 0 && added == 0) {
            return "too-few";
        }
        return "room";
    }

    private static String pairRule(Candidate c, List<Person> others) {
        for (Person o : others) {
            if (Rules.sameOrganisation(c.person(), o)) {
                return "same-organisation";
            }
        }
        for (Person o : others) {
            if (Rules.avoids(c.person(), o) || Rules.avoids(o, c.person())) {
                return "avoid";
            }
        }
        return null;
    }

    /** Every group rule (language, mode, slot, …) without building a list: this runs for every group and person. */
    private static boolean fitsRules(Candidate c, GroupSlot g) {
        for (Rules.GroupRule r : Rules.GroupRule.ALL) {
            if (!r.fits(c, g)) {
                return false;
            }
        }
        return true;
    }

    private static Sentence noneReachable(MatchingProblem p, Candidate c, String rule) {
        Integer km = "online".equals(c.mode()) || !c.located() ? null : (int) Math.round(p.limits().maxKm());
        return new Sentence(rule, List.of(), 0, km, c.anySlot() ? List.of() : c.availability(), c.language(),
                c.mode(), "");
    }

    /** The nearest group that is near enough at another time, and the nearest at a fitting time that is too far. */
    private static void nearMisses(MatchingProblem p, Candidate c, List<Integer> relevant, Comparator<Integer> nearest,
                                   List<Sentence> out) {
        Integer otherTime = null;
        Integer tooFar = null;
        for (int g : relevant) {
            GroupSlot group = p.groups().get(g);
            boolean near = Rules.distanceFits(c, group, p.limits());
            boolean fitsOtherwise = fitsRules(c, group);
            if (near && !Rules.slotFits(c, group) && (otherTime == null || nearest.compare(g, otherTime) < 0)) {
                otherTime = g;
            }
            if (!near && fitsOtherwise && (tooFar == null || nearest.compare(g, tooFar) < 0)) {
                tooFar = g;
            }
        }
        if (otherTime != null) {
            GroupSlot group = p.groups().get(otherTime);
            out.add(new Sentence("slot", List.of(group.id()), 0, null, List.of(group.slot()), "", "", ""));
        }
        if (tooFar != null) {
            GroupSlot group = p.groups().get(tooFar);
            out.add(new Sentence("too-far", List.of(group.id()), 0, (int) Math.round(Rules.km(c, group)),
                    List.of(), "", "", ""));
        }
    }
}
