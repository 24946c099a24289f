package nl.intervisie.network;

/**
 * The network's rule for the size of a group, in one place: at most {@link #MAX} participants (a group may say
 * less), {@link #PREFERRED_MIN}–{@link #PREFERRED_MAX} preferred, and an empty group opens only with at least
 * {@link #MIN_TO_START}. The catalogue check, the matching rules, the suggested new groups and the transaction
 * arithmetic of accepting a proposal all read these; changing the maximum is a change here (and in the group
 * catalogue's explicit capacities and the site's wording, which say the number to people).
 */
public final class GroupSize {
    public static final int MAX = 9;
    public static final int PREFERRED_MIN = 6;
    public static final int PREFERRED_MAX = 8;
    public static final int MIN_TO_START = 5;

    static {
        if (!(0 < MIN_TO_START && MIN_TO_START <= PREFERRED_MIN && PREFERRED_MIN <= PREFERRED_MAX && PREFERRED_MAX <= MAX)) {
            throw new IllegalStateException("Group sizes out of order: " + MIN_TO_START + " ≤ " + PREFERRED_MIN + " ≤ "
                    + PREFERRED_MAX + " ≤ " + MAX + " does not hold");
        }
    }

    private GroupSize() {
    }
}
