package nl.intervisie.matching;

import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Caller;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole path on random instances: applicants, groups and current members written to DynamoDB Local, a proposal
 * created and accepted through the service, then what DynamoDB holds afterwards checked against the hard rules by
 * code of the test's own (plain string comparisons on the stored applicants, not the matching package's rules).
 * A failure names the seed.
 */
class MatchingServicePropertyTest {
    private static final Caller COORDINATOR = new Caller("sub-test", "tester", List.of(Caller.COORDINATORS));
    private static final String[] REGIONS = {"Noord", "Oost", "Midden", "West", "Zuid"};

    @Test
    @SuppressWarnings("unchecked")
    void acceptedProposalsKeepEveryHardRuleInWhatIsStored() {
        int placedTotal = 0;
        int waitingTotal = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Random r = new Random(seed * 104729);
            String table = TestDynamo.freshTable();
            var applicants = new DynamoApplicantStore(TestDynamo.client(), table);
            var groups = new DynamoGroupStore(TestDynamo.client(), table);
            var memberships = new DynamoMembershipStore(TestDynamo.client(), table);
            List<Mail> sent = new ArrayList<>();
            var service = new MatchingService(applicants, groups, memberships, new DynamoProposalStore(TestDynamo.client(), table),
                    new AuditLog(TestDynamo.client(), table, Clock.systemUTC()), sent::add, Clock.systemUTC());

            int organisations = 6 + r.nextInt(6);
            List<String> people = new ArrayList<>(); // names that avoid-lists can point at
            Map<String, Group> groupById = new HashMap<>();
            int groupCount = 3 + r.nextInt(4);
            for (int g = 0; g < groupCount; g++) {
                boolean online = r.nextInt(3) == 0;
                String language = online && r.nextInt(2) == 0 ? "en" : "nl";
                Group group = new Group("g" + g, "Groep " + g, online ? "Online" : REGIONS[r.nextInt(5)], "Stad", "Kantoor",
                        "dinsdag", "4 keer per jaar", language, online ? "online" : "in-person", "Anne", 6 + r.nextInt(4), 52.0, 5.0);
                groups.upsertFromCatalogue(group);
                groupById.put(group.id(), group);
                Set<String> orgsInGroup = new HashSet<>();
                for (int m = 0, members = r.nextInt(5); m < members; m++) {
                    String org = "Organisatie " + r.nextInt(organisations);
                    if (!orgsInGroup.add(org)) {
                        continue; // current members follow the rules too
                    }
                    String id = "m" + g + "x" + m;
                    applicants.create(applicant(id, org, language, online ? "online" : "in-person", List.of(),
                            ApplicantStatus.PLACED, 400), later());
                    assertEquals(MembershipStore.AddResult.ADDED,
                            memberships.add(new Membership(group.id(), id, LocalDate.now().minusDays(100), null)));
                    people.add("Deelnemer " + id);
                }
            }
            int waiting = 10 + r.nextInt(30);
            for (int i = 0; i < waiting; i++) {
                people.add("Deelnemer a" + i);
            }
            Set<String> needsReview = new HashSet<>();
            for (int i = 0; i < waiting; i++) {
                List<String> avoid = new ArrayList<>();
                if (r.nextInt(4) == 0) {
                    avoid.add(people.get(r.nextInt(people.size())));
                }
                if (r.nextInt(8) == 0) {
                    avoid.add("Organisatie " + r.nextInt(organisations));
                }
                String mode = switch (r.nextInt(4)) {
                    case 0 -> "in-person";
                    case 1 -> "online";
                    default -> "either";
                };
                ApplicantStatus status = r.nextInt(10) == 0 ? ApplicantStatus.NEEDS_REVIEW : ApplicantStatus.WAITING;
                if (status == ApplicantStatus.NEEDS_REVIEW) {
                    needsReview.add("a" + i);
                }
                applicants.create(applicant("a" + i, "Organisatie " + r.nextInt(organisations), r.nextInt(6) == 0 ? "en" : "nl",
                        mode, avoid, status, r.nextInt(300)), later());
            }
            Set<String> waitingBefore = applicants.listByStatus(ApplicantStatus.WAITING).stream().map(Applicant::id)
                    .collect(Collectors.toSet());

            Proposal proposal = service.create(COORDINATOR, new Matcher.Settings(Duration.ofMillis(600), Duration.ofMillis(200)));
            Map<String, Object> body = proposal.body();
            // Every WAITING applicant is in the proposal once: placed with the facts of its line, or waiting with 1–3 sentences.
            var assignments = (List<Map<String, Object>>) body.get("assignments");
            var left = (List<Map<String, Object>>) body.get("waiting");
            Set<String> seen = new HashSet<>();
            assignments.forEach(a -> assertTrue(seen.add((String) a.get("applicantId"))));
            left.forEach(a -> assertTrue(seen.add((String) a.get("applicantId"))));
            assertEquals(waitingBefore, seen, "seed " + seed);
            for (var a : assignments) {
                assertNotNull(groupById.get((String) a.get("groupId")), "seed " + seed);
                assertNotNull(a.get("nearness"), "seed " + seed);
            }
            for (var w : left) {
                int n = ((List<Object>) w.get("sentences")).size();
                assertTrue(n >= 1 && n <= 3, "seed " + seed + ": " + w);
            }

            var applied = service.applier().apply(COORDINATOR, proposal.id(), ProposalApply.LeaveOut.NONE, null, Language.NL);
            assertTrue(applied.groups().stream().allMatch(g -> g.outcome() == ProposalApply.Outcome.APPLIED), "seed " + seed);

            // What DynamoDB holds now, checked with plain comparisons.
            Map<String, Applicant> all = new HashMap<>();
            for (ApplicantStatus s : ApplicantStatus.values()) {
                applicants.listByStatus(s).forEach(a -> all.put(a.id(), a));
            }
            int placedNow = 0;
            for (var stored : groups.list()) {
                Group g = groupById.get(stored.group().id());
                List<Membership> members = memberships.members(g.id()).stream().filter(m -> m.leftOn() == null).toList();
                assertEquals(stored.memberCount(), members.size(), "seed " + seed + ": count matches items in " + g.id());
                assertTrue(members.size() <= g.capacity(), "seed " + seed + ": capacity of " + g.id());
                List<Applicant> in = members.stream().map(m -> all.get(m.applicantId())).toList();
                for (Applicant a : in) {
                    if (waitingBefore.contains(a.id())) {
                        placedNow++;
                        assertEquals(ApplicantStatus.PLACED, a.status(), "seed " + seed);
                        assertEquals(g.language(), a.language(), "seed " + seed + ": language of " + a.id());
                        assertTrue(a.mode().equals("either") || a.mode().equals(g.mode()), "seed " + seed + ": mode of " + a.id());
                    }
                    for (Applicant b : in) {
                        if (a != b) {
                            assertFalse(key(a.organisation()).equals(key(b.organisation())),
                                    "seed " + seed + ": one organisation twice in " + g.id() + ": " + a.id() + ", " + b.id());
                            for (String entry : a.avoid()) {
                                assertFalse(key(entry).equals(key(b.name())) || key(entry).equals(key(b.organisation())),
                                        "seed " + seed + ": " + a.id() + " avoids " + b.id() + " in " + g.id());
                            }
                        }
                    }
                }
            }
            assertEquals(proposal.body().get("placedCount"), placedNow, "seed " + seed);
            for (String id : needsReview) {
                assertEquals(ApplicantStatus.NEEDS_REVIEW, all.get(id).status(), "seed " + seed + ": needs review is never placed");
            }
            // Every placed applicant got a mail at their own address, and nobody else.
            Set<String> placedIds = all.values().stream().filter(a -> waitingBefore.contains(a.id()) && a.status() == ApplicantStatus.PLACED)
                    .map(Applicant::id).collect(Collectors.toSet());
            assertEquals(placedIds.stream().map(id -> id + "@example.org").collect(Collectors.toSet()),
                    sent.stream().map(Mail::to).collect(Collectors.toSet()), "seed " + seed);
            assertEquals(placedIds.size(), sent.size(), "seed " + seed);
            placedTotal += placedNow;
            waitingTotal += waitingBefore.size() - placedNow;
        }
        // The instances are not trivial: people are placed and people are kept waiting by the rules.
        assertTrue(placedTotal > 40 && waitingTotal > 10, placedTotal + " placed, " + waitingTotal + " left waiting");
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static Instant later() {
        return Instant.now().plus(Duration.ofDays(365));
    }

    private static Applicant applicant(String id, String org, String language, String mode, List<String> avoid,
                                       ApplicantStatus status, int daysWaiting) {
        Instant since = Instant.now().minus(Duration.ofDays(daysWaiting));
        return ApplicantBuilder.applicant(id).organisation(org).mode(mode).region(REGIONS[Math.abs(id.hashCode()) % 5])
                .language(language).avoid(avoid).status(status).createdAt(since).build();
    }
}
