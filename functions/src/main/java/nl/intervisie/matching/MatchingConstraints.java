package nl.intervisie.matching;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;

/**
 * The score as constraint streams (incremental, so the solver can try many moves per second). Same rules and
 * weights as {@link ScoreCalculator}; a test checks both give the same score on random instances.
 */
public class MatchingConstraints implements ConstraintProvider {
    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return java.util.stream.Stream.of(hard(f), soft(f)).flatMap(java.util.Arrays::stream).toArray(Constraint[]::new);
    }

    /** The rules no proposal may break, and the one medium level: nobody waiting who could be placed. */
    private static Constraint[] hard(ConstraintFactory f) {
        return new Constraint[]{
                f.forEach(Placement.class)
                        .groupBy(Placement::getGroup, count())
                        .filter((g, n) -> n > g.free())
                        .penalize(HardMediumSoftScore.ONE_HARD, (g, n) -> n - g.free())
                        .asConstraint("capacity"),
                f.forEach(Placement.class)
                        .filter(p -> !Rules.fitsAlone(p.getCandidate(), p.getGroup()))
                        .penalize(HardMediumSoftScore.ONE_HARD, p -> hardAlone(p))
                        .asConstraint("language or mode or current members"),
                f.forEachUniquePair(Placement.class, Joiners.equal(Placement::getGroup))
                        .filter((a, b) -> Rules.conflict(a.person(), b.person()))
                        .penalize(HardMediumSoftScore.ONE_HARD)
                        .asConstraint("organisation or avoid-list"),
                // medium
                f.forEachIncludingUnassigned(Placement.class)
                        .filter(p -> p.getGroup() == null)
                        .penalize(HardMediumSoftScore.ONE_MEDIUM)
                        .asConstraint("waiting"),
        };
    }

    /** The preferences among proposals that keep every rule. */
    private static Constraint[] soft(ConstraintFactory f) {
        return new Constraint[]{
                f.forEachIncludingUnassigned(Placement.class)
                        .filter(p -> p.getGroup() == null)
                        .penalize(HardMediumSoftScore.ONE_SOFT, p -> p.getCandidate().waitWeight())
                        .asConstraint("longest waiting first"),
                f.forEach(Placement.class)
                        .filter(p -> Rules.nearness(p.getCandidate(), p.getGroup()) + Rules.togetherWithMembers(p.getCandidate(), p.getGroup()) > 0)
                        .penalize(HardMediumSoftScore.ONE_SOFT,
                                p -> Rules.nearness(p.getCandidate(), p.getGroup()) + Rules.togetherWithMembers(p.getCandidate(), p.getGroup()))
                        .asConstraint("nearness and former group members"),
                f.forEach(Placement.class)
                        .groupBy(Placement::getGroup, count())
                        .filter((g, n) -> Rules.sizePenalty(g.memberCount() + n.intValue()) + opening(g) > 0)
                        .penalize(HardMediumSoftScore.ONE_SOFT, (g, n) -> Rules.sizePenalty(g.memberCount() + n.intValue()) + opening(g))
                        .asConstraint("group size and opening an empty group"),
                f.forEach(GroupSlot.class)
                        .filter(g -> Rules.sizePenalty(g.memberCount()) > 0)
                        .ifNotExists(Placement.class, Joiners.equal(g -> g, Placement::getGroup))
                        .penalize(HardMediumSoftScore.ONE_SOFT, g -> Rules.sizePenalty(g.memberCount()))
                        .asConstraint("size of groups that get nobody"),
                f.forEachUniquePair(Placement.class, Joiners.equal(Placement::getGroup))
                        .filter((a, b) -> Rules.togetherBefore(a.person(), b.person()))
                        .penalize(HardMediumSoftScore.ONE_SOFT, (a, b) -> Rules.TOGETHER_BEFORE)
                        .asConstraint("together before"),
        };
    }

    private static int opening(GroupSlot g) {
        return g.memberCount() == 0 ? Rules.OPEN_EMPTY_GROUP : 0;
    }

    /** Same count as {@link RuleChecker}: one per broken rule. */
    private static int hardAlone(Placement p) {
        Candidate c = p.getCandidate();
        GroupSlot g = p.getGroup();
        int broken = Rules.broken(c, g).size();
        for (Person m : g.members()) {
            if (Rules.conflict(c.person(), m)) {
                broken++;
            }
        }
        return broken;
    }
}
