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
}
