package nl.intervisie.matching;

import nl.intervisie.network.GroupSize;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * The matching rules in plain code: the solver's constraints, the greedy baseline, the exact search and the
 * explanations all call these, so they cannot disagree about what a rule means.
 */
public final class Rules {
    // Soft weights (per applicant or per group). Medium counts unplaced applicants, so soft only breaks ties.
    static final int NEAR_ADJACENT = 3;
    static final int NEAR_FAR = 8;
    static final int SIZE_PER_MISSING = 4;   // per member below GroupSize.PREFERRED_MIN
    static final int SIZE_FULL = 2;          // above GroupSize.PREFERRED_MAX is allowed, not preferred
    static final int OPEN_EMPTY_GROUP = 5;   // fill groups that already run before starting an empty one
    static final int TOGETHER_BEFORE = 10;   // per pair that shared a group before
    static final int WAIT_BASE = 10;         // per applicant left waiting, plus one per month waited (max 24)

    private static final Map<String, Set<String>> ADJACENT = Map.of(
            "noord", Set.of("oost"),
            "oost", Set.of("noord", "midden", "zuid"),
            "midden", Set.of("oost", "west", "zuid"),
            "west", Set.of("midden", "zuid"),
            "zuid", Set.of("west", "midden", "oost"));

    private Rules() {
    }

    /**
     * The hard rules between one applicant and one group's own facts. The solver, the checker, the greedy and exact
     * searches and the explanations all go through this list, so a new rule of this kind is one entry here: its
     * code, its test, what the explanation shows, and its words for the coordinator (Dutch, English).
     * Rules between people (organisation, avoid-list) are {@link #conflict}; capacity is counted where places are.
     */
    public enum GroupRule {
        LANGUAGE("language", Rules::languageFits, (c, g) -> c.language() + "≠" + g.language(), "taal", "language"),
        MODE("mode", Rules::modeFits, (c, g) -> c.mode() + "≠" + g.mode(), "vorm (fysiek/online)", "mode (in person/online)");

        /** values() copies its array on every call; the solver asks millions of times. */
        static final GroupRule[] ALL = values();

        public final String code;
        private final BiPredicate<Candidate, GroupSlot> fits;
        private final BiFunction<Candidate, GroupSlot, String> detail;
        private final String dutch;
        private final String english;

        GroupRule(String code, BiPredicate<Candidate, GroupSlot> fits, BiFunction<Candidate, GroupSlot, String> detail,
                  String dutch, String english) {
            this.code = code;
            this.fits = fits;
            this.detail = detail;
            this.dutch = dutch;
            this.english = english;
        }

        public boolean fits(Candidate c, GroupSlot g) {
            return fits.test(c, g);
        }

        /** What the explanation shows, e.g. "en≠nl". */
        public String detail(Candidate c, GroupSlot g) {
            return detail.apply(c, g);
        }

        /** The rule's name for the coordinator, followed by the detail. */
        String text(String detail, nl.intervisie.http.Language l) {
            return l.pick(dutch, english) + ": " + detail;
        }

        static GroupRule byCode(String code) {
            for (GroupRule r : ALL) {
                if (r.code.equals(code)) {
                    return r;
                }
            }
            return null;
        }
    }

    /** The group rules this applicant breaks in this group (empty: none). */
    public static List<GroupRule> broken(Candidate c, GroupSlot g) {
        List<GroupRule> broken = new java.util.ArrayList<>(0);
        for (GroupRule r : GroupRule.ALL) {
            if (!r.fits(c, g)) {
                broken.add(r);
            }
        }
        return broken;
    }

    public static boolean languageFits(Candidate c, GroupSlot g) {
        return c.language().equals(g.language());
    }

    public static boolean modeFits(Candidate c, GroupSlot g) {
        return "either".equals(c.mode()) || c.mode().equals(g.mode());
    }

    /** Every group rule, and no conflict with a current member. Capacity and other applicants are checked elsewhere. */
    public static boolean fitsAlone(Candidate c, GroupSlot g) {
        for (GroupRule r : GroupRule.ALL) {
            if (!r.fits(c, g)) {
                return false;
            }
        }
        return g.members().stream().noneMatch(m -> conflict(c.person(), m));
    }

    /** Two people who may not share a group: same organisation, or one names the other (or their organisation). */
    public static boolean conflict(Person a, Person b) {
        return sameOrganisation(a, b) || avoids(a, b) || avoids(b, a);
    }

    public static boolean sameOrganisation(Person a, Person b) {
        return !a.organisationKey().isEmpty() && a.organisationKey().equals(b.organisationKey());
    }

    /**
     * Whether a's avoid-list names b. An entry names b when it equals b's name or organisation, or when all its
     * words occur in b's name ("Piet" names Piet Jansen) or in b's organisation. This errs towards keeping
     * people apart: a wrong separation costs a place, a wrong grouping costs trust.
     */
    public static boolean avoids(Person a, Person b) {
        for (String entry : a.avoidKeys()) {
            if (entry.equals(b.nameKey()) || entry.equals(b.organisationKey())) {
                return true;
            }
            Set<String> words = Set.of(entry.split(" "));
            if (b.nameWords().containsAll(words) || b.organisationWords().containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    /** Soft: 0 for an online group or the same region, more for a neighbouring or distant region. */
    public static int nearness(Candidate c, GroupSlot g) {
        if (g.online()) {
            return 0;
        }
        String from = Person.normalise(c.region());
        String to = Person.normalise(g.region());
        if (from.isEmpty()) {
            return NEAR_ADJACENT; // region unknown: neither near nor far
        }
        if (from.equals(to)) {
            return 0;
        }
        return ADJACENT.getOrDefault(from, Set.of()).contains(to) ? NEAR_ADJACENT : NEAR_FAR;
    }

    public static String nearnessCode(Candidate c, GroupSlot g) {
        if (g.online()) {
            return "online";
        }
        return switch (nearness(c, g)) {
            case 0 -> "same-region";
            case NEAR_ADJACENT -> Person.normalise(c.region()).isEmpty() ? "region-unknown" : "neighbouring-region";
            default -> "distant-region";
        };
    }

    /** Soft: a group of a preferred size costs nothing; smaller costs more per missing member; larger costs a little; empty is free. */
    public static int sizePenalty(int size) {
        if (size <= 0) {
            return 0;
        }
        if (size < GroupSize.PREFERRED_MIN) {
            return (GroupSize.PREFERRED_MIN - size) * SIZE_PER_MISSING;
        }
        return size > GroupSize.PREFERRED_MAX ? SIZE_FULL : 0;
    }

    public static boolean togetherBefore(Person a, Person b) {
        for (String g : a.history()) {
            if (b.history().contains(g)) {
                return true;
            }
        }
        return false;
    }

    public static int togetherWithMembers(Candidate c, GroupSlot g) {
        int pairs = 0;
        for (Person m : g.members()) {
            if (togetherBefore(c.person(), m)) {
                pairs++;
            }
        }
        return pairs * TOGETHER_BEFORE;
    }

    /** Soft penalty for leaving someone waiting: grows with the months waited, so the longest-waiting go first. */
    public static int waitWeight(long daysWaited) {
        return WAIT_BASE + (int) Math.min(24, Math.max(0, daysWaited / 30));
    }
}
