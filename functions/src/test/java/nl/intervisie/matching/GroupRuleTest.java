package nl.intervisie.matching;

import nl.intervisie.http.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Each applicant-to-group rule, declared once in Rules.GroupRule, reaches the checker, the solver and the words. */
class GroupRuleTest {
    private final GroupSlot dutchOnline = Instances.group("g", "nl", "online", "Online", 9, List.of());
    private final Candidate englishInPerson = Instances.candidate("a", "Org", "en", "in-person", "Midden", 10, List.of());

    @Test
    void aBrokenRuleIsAViolationAReasonAndAHardPenalty() {
        MatchingProblem p = new MatchingProblem(List.of(dutchOnline), List.of(englishInPerson), new Rules.Limits(50, 1)); // one may start a group here
        Assignment placed = new Assignment(p, new int[]{0});
        assertEquals(List.of(Rules.GroupRule.LANGUAGE, Rules.GroupRule.MODE), Rules.broken(englishInPerson, dutchOnline));
        assertFalse(Rules.fitsAlone(englishInPerson, dutchOnline));
        assertEquals(List.of("language", "mode"), RuleChecker.violations(placed).stream().map(RuleChecker.Violation::code).toList());
        assertEquals(-2, ScoreCalculator.score(placed).hardScore());
        var waiting = Explainer.explain(Assignment.empty(p), List.of()).waiting().getFirst();
        assertEquals(List.of("Er is geen groep op locatie in het Engels."),
                ReasonText.sentences(waiting.sentences(), id -> null, Language.NL));
    }
}
