package nl.intervisie.matching;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hard rules of issue 14 (slot, distance, minimum to start) through the flow matcher, on cases and on many seeds. */
class MatchingRulesTest {
    private static final Matcher.Settings QUICK = new Matcher.Settings(Duration.ofSeconds(2), Duration.ofMillis(500));
    private static final java.time.Instant NOW = Instances.NOW;

    private static Candidate at(String id, String org, String mode, List<String> availability, double lat, double lon) {
        return new Candidate(Instances.person(id, org, List.of(), Set.of()), "nl", mode, "", NOW.minus(Duration.ofDays(30)),
                1, Rules.waitWeight(30), availability, lat, lon);
    }

    private static GroupSlot group(String id, String mode, String slot, double lat, double lon, int members) {
        List<Person> people = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            people.add(Instances.person(id + "-m" + m, "Lid-organisatie " + id + m, List.of(), Set.of()));
        }
        return new GroupSlot(id, "nl", mode, "", 9, members, people, slot, lat, lon);
    }

    /**
     * Every hard rule, checked here in its own code (not RuleChecker's): room up to 9, an empty group gets none or
     * at least the minimum, language, mode, slot, distance, and no pair that may not meet.
     */
    static List<String> independentViolations(Assignment a) {
        MatchingProblem p = a.problem();
        List<String> found = new ArrayList<>();
        for (int g = 0; g < p.groups().size(); g++) {
            GroupSlot group = p.groups().get(g);
            List<Person> everyone = new ArrayList<>(group.members());
            int added = 0;
            for (int i = 0; i < p.candidates().size(); i++) {
                if (a.groupOf()[i] != g) {
                    continue;
                }
                added++;
                Candidate c = p.candidates().get(i);
                String where = c.id() + " in " + group.id();
                if (!c.language().equals(group.language())) {
                    found.add("language " + where);
                }
                if (!c.mode().equals("either") && !c.mode().equals(group.mode())) {
                    found.add("mode " + where);
                }
                boolean any = c.availability().isEmpty() || c.availability().equals(List.of("any"));
                if (!group.slot().isEmpty() && !any && !c.availability().contains(group.slot())) {
                    found.add("slot " + where);
                }
                if (group.mode().equals("in-person") && c.located() && group.located()) {
                    double dLat = Math.toRadians(group.lat() - c.lat());
                    double dLon = Math.toRadians(group.lon() - c.lon()) * Math.cos(Math.toRadians((group.lat() + c.lat()) / 2));
                    double km = 6371 * Math.sqrt(dLat * dLat + dLon * dLon); // equirectangular: within 0.1 % here
                    if (km > p.limits().maxKm() * 1.001) {
                        found.add("distance " + where);
                    }
                }
                for (Person o : everyone) {
                    boolean sameOrg = !o.organisationKey().isEmpty() && o.organisationKey().equals(c.person().organisationKey());
                    if (sameOrg || names(c.person(), o) || names(o, c.person())) {
                        found.add("pair " + where + " with " + o.id());
                    }
                }
                everyone.add(c.person());
            }
            if (group.memberCount() + added > Math.min(9, group.capacity())) {
                found.add("capacity " + group.id());
            }
            if (group.memberCount() == 0 && added > 0 && added < p.limits().minToStart()) {
                found.add("opened with " + added + ": " + group.id());
            }
        }
        return found;
    }

    /** a's avoid-list names b: an entry equal to b's name or organisation, or all its words in one of them. */
    private static boolean names(Person a, Person b) {
        for (String entry : a.avoidKeys()) {
            List<String> words = List.of(entry.split(" "));
            if (entry.equals(b.nameKey()) || entry.equals(b.organisationKey())
                    || b.nameWords().containsAll(words) || b.organisationWords().containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noHardRuleBrokenOnRealisticInstancesAndAtLeastAsManyPlacedAsGreedy() {
        for (long seed = 1; seed <= 25; seed++) {
            Random r = new Random(seed);
            int n = 20 + r.nextInt(200);
            MatchingProblem p = Instances.realistic(seed, n, Math.max(3, n / 6));
            MatchingSolution s = Matcher.run(p, QUICK);
            assertEquals(List.of(), independentViolations(s.assignment()), "seed " + seed);
            assertEquals(List.of(), RuleChecker.violations(s.assignment()), "seed " + seed);
            Assignment greedy = Greedy.assign(p);
            assertEquals(List.of(), independentViolations(greedy), "greedy, seed " + seed);
            assertTrue(s.placed() >= greedy.placedCount(), "seed " + seed);
            assertTrue(s.placed() <= s.placedBound(), "the bound bounds, seed " + seed);
            assertTrue(s.score().softScore() <= s.softBound() || s.placed() < s.placedBound(), "seed " + seed);
        }
    }

    @Test
    void theCheckerCatchesEachBrokenRule() {
        GroupSlot tuesday = group("tue", "in-person", "tuesday-evening", 53.22, 6.57, 1);
        Candidate notTuesday = at("a1", "X", "in-person", List.of("thursday-morning"), 53.22, 6.57);
        Candidate far = at("a2", "Y", "in-person", List.of("any"), 51.44, 5.48);
        MatchingProblem p = new MatchingProblem(List.of(tuesday), List.of(notTuesday, far));
        List<String> found = independentViolations(new Assignment(p, new int[]{0, 0}));
        assertTrue(found.contains("slot a1 in tue"), found.toString());
        assertTrue(found.contains("distance a2 in tue"), found.toString());
        GroupSlot empty = group("empty", "online", "", Double.NaN, Double.NaN, 0);
        MatchingProblem q = new MatchingProblem(List.of(empty), List.of(at("o1", "X", "online", List.of(), Double.NaN, Double.NaN),
                at("o2", "Y", "either", List.of(), Double.NaN, Double.NaN)));
        assertEquals(List.of("opened with 2: empty"), independentViolations(new Assignment(q, new int[]{0, 0})));
    }

    @Test
    void anEmptyGroupOpensOnlyWithTheMinimumToStart() {
        GroupSlot empty = group("nieuw", "online", "monday-evening", Double.NaN, Double.NaN, 0);
        for (int people = 1; people <= 7; people++) {
            List<Candidate> list = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                list.add(at("a" + i, "Org " + i, "online", List.of("any"), Double.NaN, Double.NaN));
            }
            MatchingProblem p = new MatchingProblem(List.of(empty), list);
            MatchingSolution s = Matcher.run(p, QUICK);
            assertEquals(people < Rules.MIN_TO_START ? 0 : people, s.placed(), people + " people");
            assertEquals(people < Rules.MIN_TO_START ? 0 : people, Greedy.assign(p).placedCount(), "greedy, " + people);
        }
        // a coordinator can lower the minimum
        List<Candidate> three = List.of(at("a", "A", "online", List.of(), Double.NaN, Double.NaN),
                at("b", "B", "online", List.of(), Double.NaN, Double.NaN), at("c", "C", "online", List.of(), Double.NaN, Double.NaN));
        assertEquals(3, Matcher.run(new MatchingProblem(List.of(empty), three, new Rules.Limits(50, 3)), QUICK).placed());
    }

    @Test
    void someoneWhoCannotOnTuesdayNeverLandsInATuesdayGroup() {
        GroupSlot tuesday = group("dinsdag", "online", "tuesday-afternoon", Double.NaN, Double.NaN, 4);
        Candidate notTuesday = at("a1", "X", "online", List.of("monday-afternoon", "wednesday-afternoon"), Double.NaN, Double.NaN);
        MatchingSolution s = Matcher.run(new MatchingProblem(List.of(tuesday), List.of(notTuesday)), QUICK);
        assertEquals(0, s.placed(), "waits rather than a Tuesday");
        GroupSlot wednesday = group("woensdag", "online", "wednesday-afternoon", Double.NaN, Double.NaN, 4);
        s = Matcher.run(new MatchingProblem(List.of(tuesday, wednesday), List.of(notTuesday)), QUICK);
        assertEquals(Map.of("a1", "woensdag"), s.assignment().placements());

        for (long seed = 1; seed <= 15; seed++) {
            MatchingProblem p = Instances.realistic(seed * 13, 150, 25);
            Assignment a = Matcher.run(p, QUICK).assignment();
            for (int i = 0; i < p.candidates().size(); i++) {
                Candidate c = p.candidates().get(i);
                GroupSlot g = a.group(i);
                boolean tuesdayOk = c.anySlot() || c.availability().stream().anyMatch(x -> x.startsWith("tuesday"));
                if (g != null && !tuesdayOk) {
                    assertTrue(!g.slot().startsWith("tuesday"), c.id() + " in " + g.id() + ", seed " + seed);
                }
            }
        }
    }

    @Test
    void theGroningenApplicantGoesToGroningenNotEindhoven() {
        // 9712 CP Groningen; Eindhoven has more room and the applicant waited longest: nearness decides
        Candidate groninger = at("groningen", "Gemeente Groningen", "in-person", List.of("any"), 53.2194, 6.5665);
        GroupSlot eindhoven = group("eindhoven", "in-person", "thursday-afternoon", 51.4416, 5.4697, 3);
        GroupSlot groningen = group("groningen-1", "in-person", "thursday-afternoon", 53.2170, 6.5660, 7);
        MatchingProblem p = new MatchingProblem(List.of(eindhoven, groningen), List.of(groninger));
        assertEquals(Map.of("groningen", "groningen-1"), Matcher.run(p, QUICK).assignment().placements());
        assertEquals(Map.of("groningen", "groningen-1"), Greedy.assign(p).placements());
        // with Groningen full, Eindhoven (about 200 km) is beyond the default 50 km: they wait
        GroupSlot full = group("groningen-1", "in-person", "thursday-afternoon", 53.2170, 6.5660, 9);
        assertEquals(Map.of(), Matcher.run(new MatchingProblem(List.of(eindhoven, full), List.of(groninger)), QUICK)
                .assignment().placements());
        // unless a coordinator allows 250 km
        assertEquals(Map.of("groningen", "eindhoven"), Matcher.run(new MatchingProblem(List.of(eindhoven, full),
                List.of(groninger), new Rules.Limits(250, 5)), QUICK).assignment().placements());
    }

    @Test
    void onSmallRealisticInstancesTheFlowIsOptimalAndTheBoundHolds() {
        for (long seed = 1; seed <= 20; seed++) {
            MatchingProblem p = Instances.realistic(seed * 101, 8, 3);
            Score optimum = ScoreCalculator.score(ExactSearch.optimum(p));
            MatchingSolution s = Matcher.run(p, QUICK);
            assertEquals(optimum, s.score(), "seed " + seed);
            assertTrue(optimum.mediumScore() + p.candidates().size() <= s.placedBound(), "seed " + seed);
            if (s.placed() == s.placedBound()) {
                assertTrue(optimum.softScore() <= s.softBound(), "seed " + seed);
            }
        }
    }
}
