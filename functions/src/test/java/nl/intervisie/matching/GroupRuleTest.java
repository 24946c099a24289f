package nl.intervisie.matching;

import nl.intervisie.http.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        var reasons = Explainer.blocked(p, englishInPerson, 0, 0, List.of());
        assertEquals(List.of("language", "mode"), reasons.stream().map(r -> r.code()).toList());
        assertEquals("en≠nl", reasons.get(0).detail());
    }

    @Test
    void everyRuleHasWordsInBothLanguages() {
        for (Rules.GroupRule rule : Rules.GroupRule.values()) {
            String nl = ReasonText.message(rule.code, "x≠y", List.of(), Language.NL);
            String en = ReasonText.message(rule.code, "x≠y", List.of(), Language.EN);
            // Without words of its own a code would be shown as it is, without the detail.
            assertTrue(nl.endsWith(": x≠y") && en.endsWith(": x≠y"), nl + " / " + en);
        }
        assertEquals("taal: en≠nl", ReasonText.message("language", "en≠nl", List.of(), Language.NL));
        assertEquals("mode (in person/online): online≠in-person",
                ReasonText.message("mode", "online≠in-person", List.of(), Language.EN));
    }
}
