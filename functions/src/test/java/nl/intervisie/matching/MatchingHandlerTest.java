package nl.intervisie.matching;

import nl.intervisie.applicants.ApplicantBuilder;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.mail.Mail;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchingHandlerTest {
    private final String table = TestDynamo.freshTable();
    private final DynamoApplicantStore applicants = new DynamoApplicantStore(TestDynamo.client(), table);
    private final DynamoGroupStore groups = new DynamoGroupStore(TestDynamo.client(), table);
    private final DynamoMembershipStore memberships = new DynamoMembershipStore(TestDynamo.client(), table);
    private final AuditLog audit = new AuditLog(TestDynamo.client(), table, Clock.systemUTC());
    private final List<Mail> sent = Collections.synchronizedList(new ArrayList<>());
    private final MatchingHandler handler = new MatchingHandler(
            new MatchingService(applicants, groups, memberships, new DynamoProposalStore(TestDynamo.client(), table),
                    audit, sent::add, Clock.systemUTC(), MINIMUM_ONE),
            new Matcher.Settings(Duration.ofMillis(800), Duration.ofMillis(300)));
    /** These tests are about proposing and applying with a few people; the minimum to start has MatchingRulesTest. */
    private static final Rules.Limits MINIMUM_ONE = new Rules.Limits(Rules.DEFAULT_MAX_KM, 1);

    private static Group group(String id, String region, String mode, int capacity) {
        return new Group(id, "Groep " + id, region, "Stad", "Rijkskantoor", "dinsdag", "4 keer per jaar",
                "nl", mode, "Anne", capacity, 52.0, 5.0);
    }

    private void applicant(String id, String org, String region, String mode, ApplicantStatus status) {
        Instant t = Instant.now().minus(Duration.ofDays(40));
        applicants.create(ApplicantBuilder.applicant(id).organisation(org).mode(mode).region(region).status(status)
                .createdAt(t).build(), Instant.now().plus(Duration.ofDays(365)));
    }

    private APIGatewayV2HTTPResponse call(String method, String path, String body) {
        APIGatewayV2HTTPEvent event = body == null ? Events.request(method, path) : Events.json(method, path, body);
        return handler.handleRequest(Events.asCoordinator(event), null);
    }

    private Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item(
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key) {
        return TestDynamo.client().getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
    }

    private static Map<String, Object> json(APIGatewayV2HTTPResponse r) {
        return Json.parseObject(r.getBody(), Language.NL);
    }

    private void smallWorld() {
        groups.upsertFromCatalogue(group("utrecht", "Midden", "in-person", 9));
        groups.upsertFromCatalogue(group("online", "Online", "online", 9));
        for (int i = 0; i < 4; i++) {
            applicant("w" + i, "Org " + i, "Midden", "either", ApplicantStatus.WAITING);
        }
        applicant("r1", "Org R", "Midden", "either", ApplicantStatus.NEEDS_REVIEW);
    }

    private static final String BASE = "/api/admin/matching/proposals";

    @Test
    void withoutTokenIs401AndOtherRolesAre403() {
        var event = Events.request("POST", BASE);
        assertEquals(401, handler.handleRequest(event, null).getStatusCode());
        var other = Events.withClaims(Events.request("GET", BASE + "/x"),
                Map.of("sub", "x", "cognito:groups", "[facilitators]"));
        assertEquals(403, handler.handleRequest(other, null).getStatusCode());
        var apply = Events.withClaims(Events.request("POST", BASE + "/x/apply"), Map.of());
        assertEquals(401, handler.handleRequest(apply, null).getStatusCode());
    }

    @Test
    void badInputIs4xxWithAClearMessage() {
        assertEquals(400, call("POST", BASE, "[1]").getStatusCode());
        assertEquals(400, call("POST", BASE, "{\"timeLimitSeconds\": 99}").getStatusCode());
        assertEquals(400, call("POST", BASE, "{\"timeLimitSeconds\": \"5\"}").getStatusCode());
        var unknown = call("POST", BASE, "{\"evil\": true}");
        assertEquals(400, unknown.getStatusCode());
        assertTrue(unknown.getBody().contains("\"field\":\"evil\""));
        assertEquals(404, call("GET", BASE + "/does-not-exist", null).getStatusCode());
        assertEquals(404, call("GET", BASE + "/%3Cscript%3E", null).getStatusCode());
        assertEquals(404, call("POST", BASE + "/nope/apply", null).getStatusCode());
        assertEquals(405, call("DELETE", BASE, null).getStatusCode());
        smallWorld();
        String id = (String) json(call("POST", BASE, "")).get("id");
        for (String bad : List.of("{\"leaveOut\": [\"w1\"]}", "{\"leaveOut\": {\"people\": []}}",
                "{\"leaveOut\": {\"applicants\": [\"../x\"]}}", "{\"leaveOut\": {\"applicants\": [\"not-in-it\"]}}",
                "{\"leaveOut\": {\"groups\": [\"nowhere\"]}}", "{\"version\": \"1\"}", "{\"version\": -1}", "{\"all\": true}")) {
            var r = call("POST", BASE + "/" + id + "/apply", bad);
            assertEquals(400, r.getStatusCode(), bad + " → " + r.getBody());
            assertTrue(r.getBody().contains("\"message\""), r.getBody());
        }
        var stale = call("POST", BASE + "/" + id + "/apply", "{\"version\": 7}");
        assertEquals(409, stale.getStatusCode(), stale.getBody());
        assertNothingApplied();
    }

    @Test
    @SuppressWarnings("unchecked")
    void createReviewApplyPlacesEveryoneMailsThemAndASecondApplyPlacesNoOneTwice() {
        smallWorld();
        var created = call("POST", BASE, "");
        assertEquals(201, created.getStatusCode(), created.getBody());
        Map<String, Object> view = json(created);
        String id = (String) view.get("id");
        assertEquals(4, ((Number) view.get("placedCount")).intValue(), "needs-review applicant left out");
        assertEquals(0, ((Number) view.get("waitingCount")).intValue());
        var groupsInView = (List<Map<String, Object>>) view.get("groups");
        var placement = (Map<String, Object>) ((List<Object>) groupsInView.getFirst().get("placements")).getFirst();
        assertTrue(((String) placement.get("name")).startsWith("Deelnemer w"), "the review names the people");
        assertTrue(((String) placement.get("reason")).contains("Nederlands"), placement.toString());
        assertTrue(((String) groupsInView.getFirst().get("name")).startsWith("Groep "));
        var stored = new DynamoProposalStore(TestDynamo.client(), table).find(id, Instant.now()).orElseThrow();
        assertTrue(!Json.write(stored.body()).contains("Deelnemer"), "the stored proposal holds ids, not names");
        assertEquals(view.get("groups"), json(call("GET", BASE + "/" + id, null)).get("groups"));

        var applied = call("POST", BASE + "/" + id + "/apply", "{\"version\": 0}");
        assertEquals(200, applied.getStatusCode(), applied.getBody());
        Map<String, Object> answer = json(applied);
        assertEquals("APPLIED", answer.get("status"));
        assertEquals(4, ((Number) answer.get("placedCount")).intValue());
        assertTrue(((List<Map<String, Object>>) answer.get("groups")).stream().allMatch(g -> "applied".equals(g.get("result"))));
        assertEquals(4, applicants.listByStatus(ApplicantStatus.PLACED).size());
        int members = 0;
        for (var g : groups.list()) {
            members += g.memberCount();
            assertEquals(g.memberCount(), memberships.members(g.group().id()).size());
        }
        assertEquals(4, members);
        // Placed: neither the applicant nor their e-mail guard expires (else the address could sign up again in a
        // year, as a second applicant); the one left under review keeps both TTLs.
        for (int i = 0; i < 4; i++) {
            String w = "w" + i;
            assertTrue(!item(nl.intervisie.applicants.ApplicantItems.key(w)).containsKey("expiresAt"), w);
            var guard = item(nl.intervisie.applicants.ApplicantItems.emailGuardKey(w + "@example.org"));
            assertEquals(w, guard.get("applicantId").s());
            assertTrue(!guard.containsKey("expiresAt"), "guard of " + w);
        }
        assertTrue(item(nl.intervisie.applicants.ApplicantItems.emailGuardKey("r1@example.org")).containsKey("expiresAt"));
        assertEquals(4, sent.size());
        assertTrue(sent.stream().allMatch(m -> m.to().endsWith("@example.org") && m.subject().contains("intervisiegroep")));

        var again = call("POST", BASE + "/" + id + "/apply", null);
        assertEquals(200, again.getStatusCode(), again.getBody());
        assertTrue(((List<Map<String, Object>>) json(again).get("groups")).stream()
                .allMatch(g -> "already-applied".equals(g.get("result"))), again.getBody());
        assertEquals(4, applicants.listByStatus(ApplicantStatus.PLACED).size());
        assertEquals(4, sent.size(), "no mail twice");
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        assertTrue(audit.month(month).stream().anyMatch(e -> e.action().equals("matching.apply") && e.targets().contains(id)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGroupThatChangedSinceIsRefusedAndNothingOfItIsApplied() {
        smallWorld();
        String id = (String) json(call("POST", BASE, "")).get("id");
        // Someone joins each group after the proposal was made: its member count is no longer the assumed one.
        memberships.add(new Membership("utrecht", "late-joiner", LocalDate.now(), null));
        memberships.add(new Membership("online", "late-joiner-2", LocalDate.now(), null));
        var refused = call("POST", BASE + "/" + id + "/apply", null);
        assertEquals(200, refused.getStatusCode());
        var results = (List<Map<String, Object>>) json(refused).get("groups");
        assertTrue(results.stream().allMatch(g -> "stale".equals(g.get("result"))
                && ((String) g.get("message")).contains("veranderd")), refused.getBody());
        assertEquals(0, applicants.listByStatus(ApplicantStatus.PLACED).size());
        assertEquals(4, applicants.listByStatus(ApplicantStatus.WAITING).size());
        for (var g : groups.list()) {
            assertEquals(1, g.memberCount());
            assertEquals(1, memberships.members(g.group().id()).size());
        }
        assertTrue(sent.isEmpty());
        assertEquals("OPEN", json(call("GET", BASE + "/" + id, null)).get("status"));
    }

    /**
     * Real concurrency on DynamoDB Local: a proposal placing 6 into a group of 9 is applied while 6 outsiders join
     * that group from other threads, all released at once. Whatever the interleaving, the outcome is one of exactly
     * two: the apply wins (6 placed, 3 outsiders join, 3 find it full) or an outsider comes first (the group is
     * stale: nothing of it applied, all 6 outsiders join). Never more than 9, never a count without its items.
     */
    @Test
    @SuppressWarnings("unchecked")
    void applyingWhileMembersAreAddedConcurrentlyNeverOverfillsAGroup() throws Exception {
        int applyWon = 0;
        long[] outsiderDelayMillis = {0, 0, 20, 60, 150, 4000};
        for (int round = 0; round < outsiderDelayMillis.length; round++) {
            long delay = outsiderDelayMillis[round];
            String t = TestDynamo.freshTable();
            var roundApplicants = new DynamoApplicantStore(TestDynamo.client(), t);
            var roundGroups = new DynamoGroupStore(TestDynamo.client(), t);
            var roundMembers = new DynamoMembershipStore(TestDynamo.client(), t);
            List<Mail> roundMail = Collections.synchronizedList(new ArrayList<>());
            var roundHandler = new MatchingHandler(new MatchingService(roundApplicants, roundGroups, roundMembers,
                    new DynamoProposalStore(TestDynamo.client(), t), new AuditLog(TestDynamo.client(), t, Clock.systemUTC()),
                    roundMail::add, Clock.systemUTC(), MINIMUM_ONE), new Matcher.Settings(Duration.ofMillis(500), Duration.ofMillis(200)));
            String gid = "busy" + round;
            roundGroups.upsertFromCatalogue(group(gid, "Midden", "in-person", 9));
            Instant since = Instant.now().minus(Duration.ofDays(40));
            for (int i = 0; i < 6; i++) {
                String aid = "c" + round + "-" + i;
                roundApplicants.create(ApplicantBuilder.applicant(aid).organisation("Org " + round + "-" + i)
                        .mode("in-person").createdAt(since).build(), Instant.now().plus(Duration.ofDays(365)));
            }
            var created = roundHandler.handleRequest(Events.asCoordinator(Events.json("POST", BASE, "")), null);
            Map<String, Object> proposal = json(created);
            assertEquals(6, ((Number) proposal.get("placedCount")).intValue(), created.getBody());
            String id = (String) proposal.get("id");

            var pool = Executors.newFixedThreadPool(7);
            var gate = new java.util.concurrent.CountDownLatch(1);
            try {
                List<Future<MembershipStore.AddResult>> adds = new ArrayList<>();
                for (int k = 0; k < 6; k++) {
                    String person = "outsider" + round + "-" + k;
                    adds.add(pool.submit(() -> {
                        gate.await();
                        Thread.sleep(delay);
                        return roundMembers.add(new Membership(gid, person, LocalDate.now(), null));
                    }));
                }
                Future<APIGatewayV2HTTPResponse> apply = pool.submit(() -> {
                    gate.await();
                    return roundHandler.handleRequest(Events.asCoordinator(
                            Events.request("POST", BASE + "/" + id + "/apply")), null);
                });
                gate.countDown();
                var response = apply.get();
                assertEquals(200, response.getStatusCode(), response.getBody());
                String result = (String) ((List<Map<String, Object>>) json(response).get("groups")).getFirst().get("result");
                long outsidersIn = 0;
                for (Future<MembershipStore.AddResult> f : adds) {
                    MembershipStore.AddResult r = f.get();
                    assertTrue(r == MembershipStore.AddResult.ADDED || r == MembershipStore.AddResult.FULL, r.toString());
                    outsidersIn += r == MembershipStore.AddResult.ADDED ? 1 : 0;
                }
                var group = roundGroups.list().getFirst();
                int placed = roundApplicants.listByStatus(ApplicantStatus.PLACED).size();
                if (result.equals("applied")) {
                    applyWon++;
                    assertEquals(List.of(6, 3, 9, 6), List.of(placed, (int) outsidersIn, group.memberCount(), roundMail.size()));
                } else {
                    assertEquals("stale", result, "round " + round);
                    assertEquals(List.of(0, 6, 6, 0), List.of(placed, (int) outsidersIn, group.memberCount(), roundMail.size()),
                            "stale: nothing of the group applied");
                }
                assertEquals(group.memberCount(), roundMembers.members(gid).size(), "the count matches the membership items");
            } finally {
                pool.shutdownNow();
            }
        }
        System.out.println("concurrent apply: the apply won " + applyWon + " of " + outsiderDelayMillis.length + " rounds");
        assertTrue(applyWon >= 1, "the apply-first interleaving was exercised (outsiders 4 s late)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGroupThatChangedLanguageSinceIsRefused() {
        smallWorld();
        String id = (String) json(call("POST", BASE, "")).get("id");
        // A catalogue sync turns both groups into English groups: Dutch applicants no longer fit (a hard rule).
        for (String gid : List.of("utrecht", "online")) {
            Group g = group(gid, gid.equals("online") ? "Online" : "Midden", gid.equals("online") ? "online" : "in-person", 9);
            groups.upsertFromCatalogue(new Group(g.id(), g.name(), g.region(), g.city(), g.venue(), g.day(), g.frequency(),
                    "en", g.mode(), g.facilitator(), g.capacity(), g.latitude(), g.longitude()));
        }
        var refused = json(call("POST", BASE + "/" + id + "/apply", null));
        assertTrue(((List<Map<String, Object>>) refused.get("groups")).stream().allMatch(g -> "stale".equals(g.get("result"))));
        assertNothingApplied();
    }

    /**
     * The member count alone does not show every change: a member is erased and someone from the applicant's own
     * organisation joins, so the count is back where the proposal saw it. The proposal recorded who the members
     * were, so the group is refused instead of breaking the organisation rule.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aGroupThatSwappedAMemberIsRefused() {
        groups.upsertFromCatalogue(group("utrecht", "Midden", "in-person", 9));
        applicant("old-member", "Org Old", "Midden", "in-person", ApplicantStatus.PLACED);
        assertEquals(MembershipStore.AddResult.ADDED, memberships.add(new Membership("utrecht", "old-member", LocalDate.now(), null)));
        applicant("w1", "Org Z", "Midden", "in-person", ApplicantStatus.WAITING);
        Map<String, Object> body = json(call("POST", BASE, ""));
        assertEquals(1, ((Number) body.get("placedCount")).intValue());
        String id = (String) body.get("id");

        // Erasure as the admin function does it: the membership goes and the count drops by one.
        TestDynamo.client().deleteItem(b -> b.tableName(table).key(nl.intervisie.groups.MembershipItems.key("utrecht", "old-member")));
        TestDynamo.client().updateItem(b -> b.tableName(table).key(nl.intervisie.groups.GroupItems.key("utrecht"))
                .updateExpression("SET memberCount = memberCount - :one")
                .expressionAttributeValues(Map.of(":one", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("1"))));
        applicant("newcomer", "Org Z", "Midden", "in-person", ApplicantStatus.PLACED);
        assertEquals(MembershipStore.AddResult.ADDED, memberships.add(new Membership("utrecht", "newcomer", LocalDate.now(), null)));
        assertEquals(1, groups.list().getFirst().memberCount(), "the count is what the proposal assumed");

        var refused = json(call("POST", BASE + "/" + id + "/apply", null));
        assertEquals("stale", ((List<Map<String, Object>>) refused.get("groups")).getFirst().get("result"));
        assertEquals(ApplicantStatus.WAITING, applicants.get("w1").orElseThrow().status());
        assertEquals(List.of("newcomer"), memberships.members("utrecht").stream().map(Membership::applicantId).toList());
        assertEquals(1, groups.list().getFirst().memberCount());
        assertTrue(sent.isEmpty());
    }

    private void assertNothingApplied() {
        assertEquals(0, applicants.listByStatus(ApplicantStatus.PLACED).size());
        assertEquals(4, applicants.listByStatus(ApplicantStatus.WAITING).size());
        for (var g : groups.list()) {
            assertEquals(0, g.memberCount());
            assertEquals(List.of(), memberships.members(g.group().id()));
        }
        assertTrue(sent.isEmpty());
    }

    /** At 00:30 in Amsterdam it is still yesterday in UTC: the membership must start on the Dutch date. */
    @Test
    void anApplyAtHalfPastMidnightInAmsterdamStoresTodayAsJoinedOn() {
        Instant halfPastMidnight = java.time.ZonedDateTime.of(2026, 7, 1, 0, 30, 0, 0,
                nl.intervisie.network.Calendar.ZONE).toInstant();
        assertEquals("2026-06-30T22:30:00Z", halfPastMidnight.toString(), "UTC says 30 June");
        Clock clock = Clock.fixed(halfPastMidnight, java.time.ZoneOffset.UTC); // the zone Lambda runs in
        var atNight = new MatchingHandler(new MatchingService(applicants, groups, memberships,
                new DynamoProposalStore(TestDynamo.client(), table), new AuditLog(TestDynamo.client(), table, clock),
                sent::add, clock, MINIMUM_ONE), new Matcher.Settings(Duration.ofMillis(500), Duration.ofMillis(200)));
        smallWorld();
        var created = atNight.handleRequest(Events.asCoordinator(Events.json("POST", BASE, "")), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        String id = (String) json(created).get("id");
        var applied = atNight.handleRequest(Events.asCoordinator(Events.request("POST", BASE + "/" + id + "/apply")), null);
        assertEquals(200, applied.getStatusCode(), applied.getBody());
        List<java.time.LocalDate> joined = new ArrayList<>();
        for (var g : groups.list()) {
            memberships.members(g.group().id()).forEach(m -> joined.add(m.joinedOn()));
        }
        assertEquals(4, joined.size());
        assertTrue(joined.stream().allMatch(d -> d.equals(java.time.LocalDate.of(2026, 7, 1))), joined.toString());
        assertTrue(audit.month("2026-07").stream().anyMatch(e -> e.action().equals("matching.apply")),
                "the audit entry is filed under the Dutch month");
    }
}
