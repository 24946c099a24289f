package nl.intervisie.matching;

/**
 * What the matcher found, and how good it provably is.
 *
 * @param placedBound the most that any proposal can place (an upper bound; equal to placed when placed is optimal)
 * @param softBound   the best soft score any proposal placing placedBound people can reach (an upper bound)
 * @param gap         (softBound − soft) / |soft|: how far below the bound the proposal's soft score is at most, as
 *                    a fraction (0.004 = 0.4 %); null when fewer are placed than the bound allows (the gap is then in
 *                    people: placedBound − placed)
 * @param solves      how many flows were solved (the bound, then the search over which empty groups open)
 */
public record MatchingSolution(Assignment assignment, Score score, int placedBound, long softBound, Double gap,
                               long millis, long boundMillis, int solves) {
    static MatchingSolution of(Assignment a, Score score, int placedBound, long softBound, long millis,
                               long boundMillis, int solves) {
        int placed = a.placedCount();
        Double gap = placed < placedBound ? null
                : (double) Math.max(0, softBound - score.softScore()) / Math.max(1, Math.abs(score.softScore()));
        return new MatchingSolution(a, score, placedBound, softBound, gap, millis, boundMillis, solves);
    }

    public int placed() {
        return assignment.placedCount();
    }

    /** Soft points between the proposal and the bound (0 when proven optimal). */
    public long softGapPoints() {
        return Math.max(0, softBound - score.softScore());
    }
}
