package nl.intervisie.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random matching problems from a seed (tests and the benchmark), with made-up people. */
final class Instances {
    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    static final String[] REGIONS = {"Noord", "Oost", "Midden", "West", "Zuid"};

    private Instances() {
    }

    static Person person(String id, String org, List<String> avoid, Set<String> history) {
        return Person.of(id, "Persoon " + id, org, avoid, history);
    }

    static Candidate candidate(String id, String org, String language, String mode, String region, int daysWaiting,
                               List<String> avoid) {
        return new Candidate(person(id, org, avoid, Set.of()), language, mode, region,
                NOW.minus(Duration.ofDays(daysWaiting)), 1, Rules.waitWeight(daysWaiting));
    }

    static GroupSlot group(String id, String language, String mode, String region, int capacity, List<Person> members) {
        return new GroupSlot(id, language, mode, region, capacity, members.size(), members);
    }

    /**
     * A random problem: groups in every region and online (mostly Dutch, some English), with members from a pool of
     * organisations; applicants with random language, mode, region, waiting time, some avoid-lists and histories.
     */
    static MatchingProblem random(long seed, int candidates, int groups) {
        Random r = new Random(seed);
        int organisations = Math.max(3, candidates / 4 + groups);
        List<GroupSlot> slots = new ArrayList<>();
        List<String> groupIds = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            groupIds.add("g" + g);
        }
        int memberSeq = 0;
        for (int g = 0; g < groups; g++) {
            boolean online = r.nextInt(4) == 0;
            String language = online && r.nextInt(3) == 0 ? "en" : "nl";
            int capacity = 6 + r.nextInt(4);
            int members = r.nextInt(capacity + 1);
            List<Person> people = new ArrayList<>();
            Set<String> orgs = new HashSet<>();
            for (int m = 0; m < members; m++) {
                String org = "Organisatie " + r.nextInt(organisations);
                if (!orgs.add(org)) {
                    org = "Eigen organisatie m" + memberSeq;
                }
                people.add(Person.of("m" + memberSeq++, "Lid " + memberSeq, org, List.of(),
                        r.nextInt(5) == 0 ? new HashSet<>(List.of(groupIds.get(r.nextInt(groups)), "g" + g)) : Set.of("g" + g)));
            }
            slots.add(group("g" + g, language, online ? "online" : "in-person", online ? "Online" : REGIONS[r.nextInt(5)],
                    capacity, people));
        }
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            String language = r.nextInt(8) == 0 ? "en" : "nl";
            String mode = switch (r.nextInt(5)) {
                case 0, 1 -> "in-person";
                case 2 -> "online";
                default -> "either";
            };
            List<String> avoid = new ArrayList<>();
            if (r.nextInt(8) == 0) {
                avoid.add("Persoon a" + r.nextInt(candidates));
            }
            if (r.nextInt(12) == 0) {
                avoid.add("Organisatie " + r.nextInt(organisations));
            }
            Set<String> history = r.nextInt(6) == 0 ? Set.of(groupIds.get(r.nextInt(groups))) : Set.of();
            int days = r.nextInt(400);
            list.add(new Candidate(person("a" + i, "Organisatie " + r.nextInt(organisations), avoid, history),
                    language, mode, r.nextInt(10) == 0 ? "" : REGIONS[r.nextInt(5)],
                    NOW.minus(Duration.ofDays(days)), 1, Rules.waitWeight(days)));
        }
        return new MatchingProblem(slots, list);
    }

    /** A random assignment that may break rules (to check that both score implementations agree on everything). */
    static Assignment randomAssignment(MatchingProblem p, Random r) {
        int[] groupOf = new int[p.candidates().size()];
        for (int i = 0; i < groupOf.length; i++) {
            groupOf[i] = r.nextInt(p.groups().size() + 1) - 1;
        }
        return new Assignment(p, groupOf);
    }

    /** Dutch places (approximate coordinates) with their catalogue region: where groups meet and people live. */
    static final Object[][] PLACES = {
            {"Groningen", 53.219, 6.567, "Noord"}, {"Leeuwarden", 53.201, 5.799, "Noord"}, {"Assen", 52.993, 6.562, "Noord"},
            {"Zwolle", 52.512, 6.094, "Oost"}, {"Enschede", 52.222, 6.894, "Oost"}, {"Arnhem", 51.985, 5.899, "Oost"},
            {"Nijmegen", 51.842, 5.853, "Oost"}, {"Apeldoorn", 52.211, 5.970, "Oost"}, {"Utrecht", 52.091, 5.122, "Midden"},
            {"Amersfoort", 52.156, 5.387, "Midden"}, {"Lelystad", 52.518, 5.471, "Midden"}, {"Amsterdam", 52.370, 4.895, "West"},
            {"Den Haag", 52.078, 4.288, "West"}, {"Rotterdam", 51.924, 4.478, "West"}, {"Haarlem", 52.387, 4.646, "West"},
            {"Leiden", 52.160, 4.497, "West"}, {"Alkmaar", 52.632, 4.748, "West"}, {"Eindhoven", 51.441, 5.478, "Zuid"},
            {"Den Bosch", 51.697, 5.304, "Zuid"}, {"Tilburg", 51.556, 5.091, "Zuid"}, {"Breda", 51.589, 4.776, "Zuid"},
            {"Maastricht", 50.851, 5.691, "Zuid"}, {"Venlo", 51.370, 6.172, "Zuid"}, {"Middelburg", 51.499, 3.614, "Zuid"}};
    static final String[] DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday"};
    static final String[] PARTS = {"morning", "afternoon", "evening"};

    /**
     * A problem with the structure of a real network: organisations of 1–40 people, about 3 % with an avoid-list,
     * 35 % online only, English (online) groups, partly full and some empty groups, meeting slots and availability,
     * places spread over the Netherlands (weighted towards the Randstad).
     */
    static MatchingProblem realistic(long seed, int candidates, int groups) {
        Random r = new Random(seed);
        int people = candidates + groups * 9;
        List<String> orgOf = new ArrayList<>();
        for (int o = 0; orgOf.size() < people; o++) {
            int size = Math.min(40, 1 + (int) Math.floor(Math.pow(r.nextDouble(), 3) * 40)); // many small, few large
            for (int k = 0; k < size; k++) {
                orgOf.add("Organisatie " + o);
            }
        }
        java.util.Collections.shuffle(orgOf, r);
        int[] next = {0};
        List<GroupSlot> slots = new ArrayList<>();
        int memberSeq = 0;
        for (int g = 0; g < groups; g++) {
            boolean online = r.nextInt(100) < 35;
            String language = online && r.nextInt(4) == 0 ? "en" : "nl";
            int capacity = r.nextInt(5) == 0 ? 8 : 9;
            int members = r.nextInt(8) == 0 ? 0 : r.nextInt(capacity + 1);
            List<Person> list = new ArrayList<>();
            Set<String> orgs = new HashSet<>();
            for (int m = 0; m < members; m++) {
                String org = orgOf.get(next[0]++ % orgOf.size());
                if (!orgs.add(org)) {
                    continue; // a group never has two of one organisation
                }
                list.add(Person.of("m" + memberSeq, "Lid " + memberSeq, org, List.of(),
                        r.nextInt(5) == 0 ? new HashSet<>(List.of("g" + g, "g" + r.nextInt(groups))) : Set.of("g" + g)));
                memberSeq++;
            }
            Object[] place = place(r);
            String slot = DAYS[r.nextInt(DAYS.length)] + "-" + PARTS[r.nextInt(10) < 4 ? 0 : r.nextInt(10) < 7 ? 1 : 2];
            slots.add(new GroupSlot("g" + g, language, online ? "online" : "in-person", online ? "Online" : (String) place[3],
                    capacity, list.size(), list, slot, online ? Double.NaN : jitter(r, (double) place[1], 0.03),
                    online ? Double.NaN : jitter(r, (double) place[2], 0.05)));
        }
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            String language = r.nextInt(100) < 8 ? "en" : "nl";
            int m = r.nextInt(100);
            String mode = language.equals("en") || m < 35 ? "online" : m < 80 ? "in-person" : "either";
            List<String> avoid = new ArrayList<>();
            if (r.nextInt(100) < 3) {
                avoid.add(r.nextBoolean() ? "Persoon a" + r.nextInt(candidates) : orgOf.get(r.nextInt(orgOf.size())));
            }
            Set<String> history = r.nextInt(20) == 0 ? Set.of("g" + r.nextInt(groups)) : Set.of();
            int days = r.nextInt(400);
            List<String> availability = new ArrayList<>();
            if (r.nextInt(100) >= 30) {
                int n = 2 + r.nextInt(6);
                while (availability.size() < n) {
                    String s = DAYS[r.nextInt(DAYS.length)] + "-" + PARTS[r.nextInt(PARTS.length)];
                    if (!availability.contains(s)) {
                        availability.add(s);
                    }
                }
            } else {
                availability.add(Rules.ANY_SLOT);
            }
            Object[] place = place(r);
            boolean located = !mode.equals("online") && r.nextInt(20) != 0;
            list.add(new Candidate(Person.of("a" + i, "Persoon a" + i, orgOf.get(next[0]++ % orgOf.size()), avoid, history),
                    language, mode, mode.equals("online") ? "" : (String) place[3], NOW.minus(Duration.ofDays(days)), 1,
                    Rules.waitWeight(days), availability, located ? jitter(r, (double) place[1], 0.15) : Double.NaN,
                    located ? jitter(r, (double) place[2], 0.2) : Double.NaN));
        }
        return new MatchingProblem(slots, list);
    }

    private static Object[] place(Random r) {
        // the Randstad (indices 8..16) twice as likely
        int i = r.nextInt(PLACES.length + 9);
        return PLACES[i < PLACES.length ? i : 8 + (i - PLACES.length)];
    }

    private static double jitter(Random r, double value, double spread) {
        return value + (r.nextDouble() * 2 - 1) * spread;
    }
}
