package nl.intervisie.matching;

import nl.intervisie.groups.Group;
import nl.intervisie.http.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words a coordinator reads in a proposal: one line per placement, at most three sentences per person waiting. */
class ExplainerTest {
    private static final double[] UTRECHT = {52.091, 5.122};
    private static final double[] AMERSFOORT = {52.156, 5.387};
    private static final double[] ZWOLLE = {52.512, 6.094};
    private static final double[] GRONINGEN = {53.219, 6.567};

    private static GroupSlot group(String id, int capacity, List<Person> members, String slot, double[] at) {
        return new GroupSlot(id, "nl", "in-person", "Midden", capacity, members.size(), members, slot, at[0], at[1]);
    }

    private static Candidate person(String id, String org, List<String> availability, double[] at) {
        return new Candidate(Instances.person(id, org, List.of(), Set.of()), "nl", "in-person", "Midden",
                Instances.NOW.minus(Duration.ofDays(30)), 1, 11, availability, at[0], at[1]);
    }

    private static List<Person> members(String prefix, int n) {
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Instances.person(prefix + i, "Lid-organisatie " + prefix + i, List.of(), Set.of()));
        }
        return list;
    }

    /** The groups' names and cities as the view has them (the explainer itself only knows ids). */
    private static Map<String, Group> names(Object... idNameCity) {
        Map<String, Group> map = new HashMap<>();
        for (int i = 0; i < idNameCity.length; i += 3) {
            String id = (String) idNameCity[i];
            map.put(id, new Group(id, (String) idNameCity[i + 1], "Midden", (String) idNameCity[i + 2], "", "woensdagavond",
                    "4x per jaar", "nl", "in-person", "Sam", 9, 0, 0));
        }
        return map;
    }

    private static List<String> sentencesOf(Explainer.Explanations e, String applicantId, Map<String, Group> groups) {
        var w = e.waiting().stream().filter(x -> x.applicantId().equals(applicantId)).findFirst().orElseThrow();
        return ReasonText.sentences(w.sentences(), groups::get, Language.NL);
    }

    @Test
    void aPlacementIsOneDutchLineWithDistanceSlotLanguageModeAndRunningOrNew() {
        GroupSlot utrecht = group("utrecht-1", 9, members("m", 3), "wednesday-evening", UTRECHT);
        GroupSlot amersfoort = group("amersfoort-1", 9, List.of(), "thursday-morning", AMERSFOORT);
        Candidate near = person("a1", "Politie", List.of("wednesday-evening", "thursday-morning"), AMERSFOORT);
        Candidate second = person("a2", "DUO", List.of("wednesday-evening", "thursday-morning"), AMERSFOORT);
        MatchingProblem p = new MatchingProblem(List.of(utrecht, amersfoort), List.of(near, second), new Rules.Limits(50, 1));
        var e = Explainer.explain(new Assignment(p, new int[]{0, 1}), List.of());

        assertEquals("19 km, woensdagavond (eerste keus), Nederlands, op locatie, lopende groep",
                ReasonText.placedLine(e.placed().get(0), Language.NL));
        assertEquals("0 km, donderdagochtend (tweede keus), Nederlands, op locatie, nieuwe groep",
                ReasonText.placedLine(e.placed().get(1), Language.NL));
        assertEquals("19 km, Wednesday evening (first choice), Dutch, in person, running group",
                ReasonText.placedLine(e.placed().get(0), Language.EN));
        assertEquals(4, e.placed().get(0).sizeAfter());
    }

    @Test
    void aWaitingPersonGetsAtMostThreeSentencesNamingTheNearestGroupsAndWhatStoppedEach() {
        GroupSlot amersfoort = group("amersfoort-2", 9, List.of(), "wednesday-evening", AMERSFOORT);
        GroupSlot utrecht = group("utrecht-1", 9, members("u", 9), "wednesday-evening", UTRECHT);
        GroupSlot zwolle = group("zwolle-1", 9, List.of(Instances.person("z1", "Gemeente Zwolle", List.of(), Set.of())),
                "wednesday-evening", ZWOLLE);
        GroupSlot zwolle2 = group("zwolle-2", 9, List.of(Instances.person("z2", "Gemeente Zwolle", List.of(), Set.of())),
                "wednesday-evening", ZWOLLE);
        Candidate c = person("a1", "Gemeente Zwolle", List.of("wednesday-evening"), AMERSFOORT);
        MatchingProblem p = new MatchingProblem(List.of(zwolle, utrecht, amersfoort, zwolle2), List.of(c),
                new Rules.Limits(120, 5));
        var e = Explainer.explain(Assignment.empty(p), List.of());
        var groups = names("amersfoort-2", "Amersfoort 2", "Amersfoort", "utrecht-1", "Utrecht 1", "Utrecht",
                "zwolle-1", "Zwolle", "Zwolle", "zwolle-2", "Zwolle Noord", "Zwolle");

        assertEquals(List.of(
                "Er zijn nog geen 5 mensen om een nieuwe groep in Amersfoort te starten.",
                "Utrecht 1 is vol.",
                "Iemand van je eigen organisatie zit in Zwolle en Zwolle Noord."), sentencesOf(e, "a1", groups));
    }

    @Test
    void noGroupAtTheirTimeNearbySaysSoAndNamesTheNearMisses() {
        GroupSlot groningen = group("groningen-1", 9, members("g", 4), "tuesday-evening", GRONINGEN);
        GroupSlot utrecht = group("utrecht-1", 9, members("u", 4), "wednesday-evening", UTRECHT);
        Candidate c = person("a1", "Politie", List.of("wednesday-evening"), GRONINGEN);
        MatchingProblem p = new MatchingProblem(List.of(utrecht, groningen), List.of(c));
        var e = Explainer.explain(Assignment.empty(p), List.of());
        var groups = names("groningen-1", "Groningen 1", "Groningen", "utrecht-1", "Utrecht 1", "Utrecht");

        assertEquals(List.of(
                "Geen groep op woensdagavond binnen 50 km.",
                "Groningen 1 komt op dinsdagavond samen, en dan kun je niet.",
                "Utrecht 1 komt samen op een tijd die je past, maar is 159 km weg."), sentencesOf(e, "a1", groups));
    }

    @Test
    void noGroupInTheirLanguageAndANewGroupSuggestionAreOneSentenceEach() {
        GroupSlot dutch = Instances.group("online-nl", "nl", "online", "Online", 9, List.of());
        List<Candidate> english = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            english.add(Instances.candidate("e" + i, "Embassy " + i, "en", "online", "", 30, List.of()));
        }
        MatchingProblem p = new MatchingProblem(List.of(dutch), english);
        Assignment a = Assignment.empty(p);
        var suggestions = NewGroups.propose(a);
        var e = Explainer.explain(a, suggestions);
        assertEquals(0, e.waiting().getFirst().newGroup());
        assertEquals(List.of("Voorgesteld voor een nieuwe Engelstalige online groep met 5 mensen.",
                "Er is geen online groep in het Engels."), sentencesOf(e, "e0", names()));
        assertEquals(List.of("Suggested for a new English-language online group of 5 people.",
                        "There is no online group in English."),
                ReasonText.sentences(e.waiting().getFirst().sentences(), id -> null, Language.EN));
    }

    @Test
    void fiveCompatibleWaitingApplicantsBecomeANewGroupFourDoNot() {
        GroupSlot farAway = Instances.group("maastricht", "nl", "in-person", "Zuid", 1,
                List.of(Instances.person("m", "Y", List.of(), Set.of())));
        List<Candidate> noord = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            noord.add(Instances.candidate("n" + i, "Org " + i, "nl", "in-person", "Noord", 100 - i, List.of()));
        }
        // n5 is from the same organisation as n0: only five of the six can form a group.
        noord.set(5, Instances.candidate("n5", "Org 0", "nl", "in-person", "Noord", 1, List.of()));
        MatchingProblem p = new MatchingProblem(List.of(farAway), noord);
        Assignment a = Assignment.empty(p);
        var proposals = NewGroups.propose(a);
        assertEquals(List.of(new NewGroups.NewGroup("nl", "in-person", "Noord", List.of("n0", "n1", "n2", "n3", "n4"))), proposals);
        var e = Explainer.explain(a, proposals);
        assertEquals(0, e.waiting().get(0).newGroup());
        assertNull(e.waiting().get(5).newGroup());
        assertEquals(List.of("Maastricht is vol."), sentencesOf(e, "n5", names("maastricht", "Maastricht", "Maastricht")));
    }

    private static final Pattern ID = Pattern.compile("\\b[gam]\\d+\\b");
    private static final List<String> CODES_AND_ENGLISH = List.of("≠", "→", "in-person", "-new", "too-", "region-",
            "same-", "room", "full", "group", " the ", " and ", "within", "avoid", "null", "{", "_");

    /** Over seeded realistic instances: no ids, no codes, no English, at most three distinct sentences, groups named. */
    @Test
    void everyTextOnRealisticInstancesIsPlainDutchWithoutIdsOrRepeats() {
        for (long seed = 1; seed <= 6; seed++) {
            MatchingProblem p = Instances.realistic(seed, 300, 48);
            Assignment a = seed % 2 == 0 ? Greedy.assign(p)
                    : Matcher.run(p, new Matcher.Settings(Duration.ofMillis(400), Duration.ofMillis(200))).assignment();
            var e = Explainer.explain(a, NewGroups.propose(a));
            Map<String, Group> groups = new HashMap<>();
            for (GroupSlot g : p.groups()) {
                groups.put(g.id(), new Group(g.id(), "Groep " + g.id().substring(1), g.region(), "Stad " + g.id().substring(1),
                        "", "maandagochtend", "4x", g.language(), g.mode(), "Sam", 9, 0, 0));
            }
            assertEquals(p.candidates().size(), e.placed().size() + e.waiting().size(), "seed " + seed);
            for (var x : e.placed()) {
                assertPlain(ReasonText.placedLine(x, Language.NL), "seed " + seed);
            }
            for (var w : e.waiting()) {
                List<String> texts = ReasonText.sentences(w.sentences(), groups::get, Language.NL);
                assertTrue(!texts.isEmpty() && texts.size() <= 3, "seed " + seed + ": " + texts);
                assertEquals(texts.size(), new HashSet<>(texts).size(), "no repeats: " + texts);
                for (int i = 0; i < texts.size(); i++) {
                    String t = texts.get(i);
                    assertPlain(t, "seed " + seed);
                    assertTrue(t.endsWith(".") && Character.isUpperCase(t.charAt(0)), t);
                    for (String gid : w.sentences().get(i).groups()) {
                        String name = groups.get(gid).name();
                        String city = groups.get(gid).city();
                        assertTrue(t.contains(name) || t.contains(city), "names the group: " + t);
                    }
                }
            }
        }
    }

    private static void assertPlain(String text, String context) {
        assertFalse(ID.matcher(text.replaceAll("(Groep|Stad) \\d+", "")).find(), context + ": an id in " + text);
        for (String bad : CODES_AND_ENGLISH) {
            assertFalse(text.contains(bad), context + ": '" + bad + "' in " + text);
        }
    }

    /** Greedy leaves no free place that fits anyone waiting: the explanation must agree ("room" never appears). */
    @Test
    void theExplanationAgreesWithGreedyThatNoFittingPlaceIsLeftUnused() {
        for (long seed = 1; seed <= 20; seed++) {
            MatchingProblem p = Instances.random(seed, 30, 4);
            Assignment a = Greedy.assign(p);
            int[] added = a.addedPerGroup();
            List<List<Person>> joined = new ArrayList<>();
            p.groups().forEach(g -> joined.add(new ArrayList<>()));
            for (int i = 0; i < a.groupOf().length; i++) {
                if (a.groupOf()[i] >= 0) {
                    joined.get(a.groupOf()[i]).add(p.candidates().get(i).person());
                }
            }
            for (int i = 0; i < a.groupOf().length; i++) {
                Candidate c = p.candidates().get(i);
                for (int g = 0; g < p.groups().size() && a.groupOf()[i] < 0; g++) {
                    if (Rules.fitsAlone(c, p.groups().get(g), p.limits())) {
                        assertNotEquals("room", Explainer.stopRule(p, c, g, added[g], joined.get(g)), "seed " + seed);
                    }
                }
            }
        }
    }
}
