package nl.intervisie.matching;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainerTest {
    private static Map<String, List<String>> reasonsByGroup(Explainer.Explanation e) {
        var map = new java.util.TreeMap<String, List<String>>();
        for (var r : e.reasons()) {
            map.computeIfAbsent(String.valueOf(r.groupId()), k -> new java.util.ArrayList<>())
                    .add(r.code() + (r.with().isEmpty() ? "" : r.with().toString()));
        }
        return map;
    }

    @Test
    void eachGroupSaysWhichRuleKeptAWaitingApplicantOut() {
        Person member = Instances.person("m1", "Gemeente Zwolle", List.of(), Set.of());
        GroupSlot english = Instances.group("online-en", "en", "online", "Online", 9, List.of());
        GroupSlot zwolle = Instances.group("zwolle", "nl", "in-person", "Oost", 9, List.of(member));
        GroupSlot full = Instances.group("full", "nl", "online", "Online", 1, List.of(Instances.person("m2", "X", List.of(), Set.of())));
        GroupSlot online = Instances.group("online-nl", "nl", "online", "Online", 9, List.of());
        Candidate placed = Instances.candidate("a1", "Politie", "nl", "online", "Oost", 5, List.of());
        // a2 is from the same organisation as the Zwolle member, names a1 (in the online group) and wants online.
        Candidate waiting = Instances.candidate("a2", "Gemeente Zwolle", "nl", "online", "Oost", 50, List.of("Persoon a1"));
        MatchingProblem p = new MatchingProblem(List.of(english, zwolle, full, online), List.of(placed, waiting));
        Assignment a = new Assignment(p, new int[]{3, -1});

        var explanations = Explainer.explain(a, List.of());
        Explainer.Explanation first = explanations.get(0);
        assertEquals("online-nl", first.groupId());
        assertEquals(List.of("language", "mode", "online", "size"), first.reasons().stream().map(Explainer.Reason::code).toList());
        assertEquals("1/9", first.reasons().get(3).detail());

        Explainer.Explanation second = explanations.get(1);
        assertNull(second.groupId());
        assertEquals(Map.of(
                "online-en", List.of("language"),
                "zwolle", List.of("mode", "same-organisation[m1]"),
                "full", List.of("full"),
                "online-nl", List.of("avoid[a1]")), reasonsByGroup(second));
    }

    @Test
    void avoidListsWorkBothWaysAndMatchNamesOrOrganisations() {
        Person piet = Person.of("p", "Piet Jansen", "Ministerie van Financiën", List.of(), Set.of());
        Person anna = Person.of("a", "Anna de Vries", "DUO", List.of("piet"), Set.of());
        Person bert = Person.of("b", "Bert", "Rijkswaterstaat", List.of("Ministerie van Financien"), Set.of());
        Person carla = Person.of("c", "Carla", "Gemeente Utrecht", List.of(), Set.of());
        assertTrue(Rules.conflict(anna, piet));
        assertTrue(Rules.conflict(piet, anna));
        assertTrue(Rules.conflict(bert, piet), "organisation named, accents ignored");
        assertFalse(Rules.conflict(carla, piet));
        assertTrue(Rules.conflict(carla, Person.of("d", "Dirk", " gemeente  UTRECHT", List.of(), Set.of())), "same organisation");
    }

    @Test
    void fiveCompatibleWaitingApplicantsBecomeANewGroupFourDoNot() {
        GroupSlot farAway = Instances.group("maastricht", "nl", "in-person", "Zuid", 1,
                List.of(Instances.person("m", "Y", List.of(), Set.of())));
        List<Candidate> noord = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            noord.add(Instances.candidate("n" + i, "Org " + i, "nl", "in-person", "Noord", 100 - i, List.of()));
        }
        // n5 is from the same organisation as n0: only five of the six can form a group.
        noord.set(5, Instances.candidate("n5", "Org 0", "nl", "in-person", "Noord", 1, List.of()));
        List<Candidate> english = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            english.add(Instances.candidate("e" + i, "Embassy " + i, "en", "online", "", 30, List.of()));
        }
        List<Candidate> all = new java.util.ArrayList<>(noord);
        all.addAll(english);
        MatchingProblem p = new MatchingProblem(List.of(farAway), all);
        Assignment a = Assignment.empty(p);

        var proposals = NewGroups.propose(a);
        assertEquals(List.of(new NewGroups.NewGroup("nl", "in-person", "Noord", List.of("n0", "n1", "n2", "n3", "n4"))), proposals);
        var explanations = Explainer.explain(a, proposals);
        assertEquals(0, explanations.get(0).newGroup());
        assertNull(explanations.get(5).newGroup());
        assertEquals("full", explanations.get(5).reasons().getFirst().code());
    }
}
