package nl.intervisie.matching;

/**
 * An assignment's score, compared level by level: hard (broken rules, 0 when feasible), then medium (minus the
 * number left waiting), then soft (minus the preference penalties). Higher is better.
 */
public record Score(long hardScore, long mediumScore, long softScore) implements Comparable<Score> {
    public static Score of(long hard, long medium, long soft) {
        return new Score(hard, medium, soft);
    }

    @Override
    public int compareTo(Score o) {
        int c = Long.compare(hardScore, o.hardScore);
        if (c != 0) {
            return c;
        }
        c = Long.compare(mediumScore, o.mediumScore);
        return c != 0 ? c : Long.compare(softScore, o.softScore);
    }

    @Override
    public String toString() {
        return hardScore + "hard/" + mediumScore + "medium/" + softScore + "soft";
    }
}
