package nl.intervisie.matching;

import nl.intervisie.network.GroupSize;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The matching rules in plain code: the solver's constraints, the greedy baseline, the exact search and the
 * explanations all call these, so they cannot disagree about what a rule means.
 */
public final class Rules {
    // Group sizes: nl.intervisie.network.GroupSize owns the numbers; these names keep matching's code short.
    public static final int MIN_TO_START = GroupSize.MIN_TO_START;
    public static final int MAX_SIZE = GroupSize.MAX;
    public static final double DEFAULT_MAX_KM = 50;
    public static final String ANY_SLOT = "any";

    /**
     * What a coordinator can set for one run.
     *
     * @param maxKm      the longest straight-line distance (km) from an in-person applicant's place to the group's
     * @param minToStart the fewest new people an empty group opens with
     */
    public record Limits(double maxKm, int minToStart) {
        public static final Limits DEFAULT = new Limits(DEFAULT_MAX_KM, MIN_TO_START);

        public Limits {
            if (!(maxKm > 0) || minToStart < 1 || minToStart > MAX_SIZE) {
                throw new IllegalArgumentException("maxKm > 0 and 1 <= minToStart <= " + MAX_SIZE);
            }
        }
    }

    // Soft weights (per applicant or per group). Medium counts unplaced applicants, so soft only breaks ties.
    static final int NEAR_ADJACENT = 3;
    static final int NEAR_FAR = 8;
    static final int KM_PER_POINT = 5;       // nearness: one point per 5 km of straight-line distance
    static final int SLOT_RANK = 2;          // per place down the applicant's list of slots
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
     * code and its test; a waiting applicant's sentences name the nearest group it stops (ReasonText has the words).
     * Rules between people (organisation, avoid-list) are {@link #conflict}; capacity is counted where places are.
     */
    public enum GroupRule {
        LANGUAGE("language", Rules::languageFits),
        MODE("mode", Rules::modeFits),
        SLOT("slot", Rules::slotFits);

        /** values() copies its array on every call; the solver asks millions of times. */
        static final GroupRule[] ALL = values();

        public final String code;
        private final BiPredicate<Candidate, GroupSlot> fits;

        GroupRule(String code, BiPredicate<Candidate, GroupSlot> fits) {
            this.code = code;
            this.fits = fits;
        }

        public boolean fits(Candidate c, GroupSlot g) {
            return fits.test(c, g);
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

    /** The group meets at a slot the applicant can make (a group without a known slot suits anyone). */
    public static boolean slotFits(Candidate c, GroupSlot g) {
        return g.slot().isEmpty() || c.anySlot() || c.availability().contains(g.slot());
    }

    /** In person: within the coordinator's maximum distance (unknown places are not held against anyone). */
    public static boolean distanceFits(Candidate c, GroupSlot g, Limits limits) {
        return g.online() || !c.located() || !g.located() || km(c, g) <= limits.maxKm();
    }

    /** Straight-line (great-circle) distance in km between the applicant's place and the group's. */
    public static double km(Candidate c, GroupSlot g) {
        double p1 = Math.toRadians(c.lat());
        double p2 = Math.toRadians(g.lat());
        double dp = p2 - p1;
        double dl = Math.toRadians(g.lon() - c.lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Every group rule, the distance (it needs the coordinator's limit), and no conflict with a current member. */
    public static boolean fitsAlone(Candidate c, GroupSlot g, Limits limits) {
        return distanceFits(c, g, limits) && fitsAlone(c, g);
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

    /**
     * Soft: 0 for an online group; in person one point per {@link #KM_PER_POINT} km; when a place is unknown, by
     * region: 0 for the same region, more for a neighbouring or distant one.
     */
    public static int nearness(Candidate c, GroupSlot g) {
        if (g.online()) {
            return 0;
        }
        if (c.located() && g.located()) {
            return (int) Math.round(km(c, g) / KM_PER_POINT);
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
        if (c.located() && g.located()) {
            return "distance";
        }
        return switch (nearness(c, g)) {
            case 0 -> "same-region";
            case NEAR_ADJACENT -> Person.normalise(c.region()).isEmpty() ? "region-unknown" : "neighbouring-region";
            default -> "distant-region";
        };
    }

    /** Soft: 0 for the applicant's first slot (or any), {@link #SLOT_RANK} per place further down their list. */
    public static int slotPenalty(Candidate c, GroupSlot g) {
        if (g.slot().isEmpty() || c.anySlot()) {
            return 0;
        }
        int rank = c.availability().indexOf(g.slot());
        return rank <= 0 ? 0 : rank * SLOT_RANK;
    }

    /** Soft cost of placing c in g that depends on c and g alone: nearness, slot preference, former group members. */
    public static int placementCost(Candidate c, GroupSlot g) {
        return nearness(c, g) + slotPenalty(c, g) + togetherWithMembers(c, g);
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
