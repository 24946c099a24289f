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
    /** These tests are about proposing and accepting with a few people; the minimum to start has MatchingRulesTest. */
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

    @Test
    void withoutTokenIs401AndOtherRolesAre403() {
        var event = Events.request("POST", "/api/admin/matching/proposals");
        assertEquals(401, handler.handleRequest(event, null).getStatusCode());
        var other = Events.withClaims(Events.request("GET", "/api/admin/matching/proposals/x"),
                Map.of("sub", "x", "cognito:groups", "[facilitators]"));
        assertEquals(403, handler.handleRequest(other, null).getStatusCode());
        var accept = Events.withClaims(Events.request("POST", "/api/admin/matching/proposals/x/accept"), Map.of());
        assertEquals(401, handler.handleRequest(accept, null).getStatusCode());
    }

    @Test
    void badInputIs4xxWithAClearMessage() {
        assertEquals(400, call("POST", "/api/admin/matching/proposals", "[1]").getStatusCode());
        assertEquals(400, call("POST", "/api/admin/matching/proposals", "{\"timeLimitSeconds\": 99}").getStatusCode());
        assertEquals(400, call("POST", "/api/admin/matching/proposals", "{\"timeLimitSeconds\": \"5\"}").getStatusCode());
        var unknown = call("POST", "/api/admin/matching/proposals", "{\"evil\": true}");
        assertEquals(400, unknown.getStatusCode());
        assertTrue(unknown.getBody().contains("\"field\":\"evil\""));
        assertEquals(404, call("GET", "/api/admin/matching/proposals/does-not-exist", null).getStatusCode());
        assertEquals(404, call("GET", "/api/admin/matching/proposals/%3Cscript%3E", null).getStatusCode());
        assertEquals(404, call("POST", "/api/admin/matching/proposals/nope/accept", null).getStatusCode());
        var badGroup = Events.asCoordinator(Events.request("POST", "/api/admin/matching/proposals/nope/accept"));
        badGroup.setQueryStringParameters(Map.of("group", "../x"));
        assertEquals(400, handler.handleRequest(badGroup, null).getStatusCode());
        assertEquals(405, call("DELETE", "/api/admin/matching/proposals", null).getStatusCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void createReadAcceptPlacesEveryoneMailsThemAndRefusesASecondAccept() {
        smallWorld();
        var created = call("POST", "/api/admin/matching/proposals", "");
        assertEquals(201, created.getStatusCode(), created.getBody());
        Map<String, Object> body = json(created);
        String id = (String) body.get("id");
        assertEquals(4, ((Number) body.get("placedCount")).intValue(), "needs-review applicant left out");
        assertEquals(0, ((Number) body.get("waitingCount")).intValue());
        var first = (Map<String, Object>) ((List<Object>) body.get("assignments")).getFirst();
        var reason = (Map<String, Object>) ((List<Object>) first.get("reasons")).getFirst();
        assertNotNull(reason.get("message"));
        assertTrue(!created.getBody().contains("Deelnemer"), "a proposal holds ids, not names");

        var read = call("GET", "/api/admin/matching/proposals/" + id, null);
        assertEquals(200, read.getStatusCode());
        assertEquals(body.get("assignments"), json(read).get("assignments"));

        var accepted = call("POST", "/api/admin/matching/proposals/" + id + "/accept", null);
        assertEquals(200, accepted.getStatusCode(), accepted.getBody());
        assertEquals("ACCEPTED", json(accepted).get("status"));
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
            assertTrue(item(nl.intervisie.applicants.ApplicantItems.key(w)).containsKey("type"));
            assertTrue(!item(nl.intervisie.applicants.ApplicantItems.key(w)).containsKey("expiresAt"), w);
            var guard = item(nl.intervisie.applicants.ApplicantItems.emailGuardKey(w + "@example.org"));
            assertEquals(w, guard.get("applicantId").s());
            assertTrue(!guard.containsKey("expiresAt"), "guard of " + w);
        }
        assertTrue(item(nl.intervisie.applicants.ApplicantItems.emailGuardKey("r1@example.org")).containsKey("expiresAt"));
        assertEquals(4, sent.size());
        assertTrue(sent.stream().allMatch(m -> m.to().endsWith("@example.org") && m.subject().contains("intervisiegroep")));

        assertEquals(409, call("POST", "/api/admin/matching/proposals/" + id + "/accept", null).getStatusCode());
        assertEquals(4, applicants.listByStatus(ApplicantStatus.PLACED).size());
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        assertTrue(audit.month(month).stream().anyMatch(e -> e.action().equals("matching.accept") && e.targets().contains(id)));
    }

    @Test
    void aStaleProposalIsRefusedWith409AndNothingIsApplied() {
        smallWorld();
        String id = (String) json(call("POST", "/api/admin/matching/proposals", "")).get("id");
        // Someone joins a group after the proposal was made: its member count is no longer the assumed one.
        memberships.add(new Membership("utrecht", "late-joiner", LocalDate.now(), null));
        memberships.add(new Membership("online", "late-joiner-2", LocalDate.now(), null));
        var refused = call("POST", "/api/admin/matching/proposals/" + id + "/accept", null);
        assertEquals(409, refused.getStatusCode());
        assertTrue(refused.getBody().contains("veranderd"), refused.getBody());
        assertEquals(0, applicants.listByStatus(ApplicantStatus.PLACED).size());
        assertEquals(4, applicants.listByStatus(ApplicantStatus.WAITING).size());
        for (var g : groups.list()) {
            assertEquals(1, g.memberCount());
            assertEquals(1, memberships.members(g.group().id()).size());
        }
        assertTrue(sent.isEmpty());
    }

    /**
     * Real concurrency on DynamoDB Local: a proposal placing 6 into a group of 9 is accepted while 6 outsiders join
     * that group from other threads, all released at once. Whatever the interleaving, the outcome is one of exactly
     * two: the accept wins (6 placed, 3 outsiders join, 3 find it full) or an outsider comes first (the proposal is
     * stale: 409, nothing of it applied, all 6 outsiders join). Never more than 9, never a count without its items.
     */
    @Test
    void acceptingWhileMembersAreAddedConcurrentlyNeverOverfillsAGroup() throws Exception {
        int acceptWon = 0;
        // Outsiders start after these delays: from "all at once" (the accept, slower, usually loses) to well after the
        // accept's own time (it wins, and the outsiders race each other for the 3 places left).
        long[] outsiderDelayMillis = {0, 0, 20, 60, 150, 4000};
        for (int round = 0; round < outsiderDelayMillis.length; round++) {
            long delay = outsiderDelayMillis[round];
            // A table per round, so the round's proposal can only use the round's group.
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
            var created = roundHandler.handleRequest(Events.asCoordinator(
                    Events.json("POST", "/api/admin/matching/proposals", "")), null);
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
                Future<Integer> accept = pool.submit(() -> {
                    gate.await();
                    return roundHandler.handleRequest(Events.asCoordinator(
                            Events.request("POST", "/api/admin/matching/proposals/" + id + "/accept")), null).getStatusCode();
                });
                gate.countDown();
                int status = accept.get();
                long outsidersIn = 0;
                for (Future<MembershipStore.AddResult> f : adds) {
                    MembershipStore.AddResult r = f.get();
                    assertTrue(r == MembershipStore.AddResult.ADDED || r == MembershipStore.AddResult.FULL, r.toString());
                    outsidersIn += r == MembershipStore.AddResult.ADDED ? 1 : 0;
                }
                var group = roundGroups.list().getFirst();
                int placed = roundApplicants.listByStatus(ApplicantStatus.PLACED).size();
                if (status == 200) {
                    acceptWon++;
                    assertEquals(List.of(6, 3, 9, 6), List.of(placed, (int) outsidersIn, group.memberCount(), roundMail.size()));
                } else {
                    assertEquals(409, status, "round " + round);
                    assertEquals(List.of(0, 6, 6, 0), List.of(placed, (int) outsidersIn, group.memberCount(), roundMail.size()),
                            "stale: nothing of the proposal applied");
                }
                assertEquals(group.memberCount(), roundMembers.members(gid).size(), "the count matches the membership items");
            } finally {
                pool.shutdownNow();
            }
        }
        System.out.println("concurrent accept: the accept won " + acceptWon + " of " + outsiderDelayMillis.length + " rounds");
        assertTrue(acceptWon >= 1, "the accept-first interleaving was exercised (outsiders 4 s late)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProposalWhoseApplicantChangedSinceIsRefusedWith409AndNothingIsApplied() {
        smallWorld();
        String id = (String) json(call("POST", "/api/admin/matching/proposals", "")).get("id");
        // The application is edited after the proposal was made (its version moves on).
        TestDynamo.client().updateItem(b -> b.tableName(table).key(nl.intervisie.applicants.ApplicantItems.key("w2"))
                .updateExpression("SET #v = #v + :one").expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(Map.of(":one", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("1"))));
        var refused = call("POST", "/api/admin/matching/proposals/" + id + "/accept", null);
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        var errors = (List<Object>) json(refused).get("errors");
        assertTrue(errors.stream().map(e -> (Map<String, Object>) e)
                .anyMatch(e -> "applicants".equals(e.get("field")) && ((String) e.get("message")).contains("w2")), refused.getBody());
        assertNothingApplied();
        assertEquals("OPEN", json(call("GET", "/api/admin/matching/proposals/" + id, null)).get("status"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProposalWhoseGroupChangedLanguageSinceIsRefusedWith409AndNothingIsApplied() {
        smallWorld();
        String id = (String) json(call("POST", "/api/admin/matching/proposals", "")).get("id");
        // A catalogue sync turns both groups into English groups: Dutch applicants no longer fit (a hard rule).
        for (String gid : List.of("utrecht", "online")) {
            Group g = group(gid, gid.equals("online") ? "Online" : "Midden", gid.equals("online") ? "online" : "in-person", 9);
            groups.upsertFromCatalogue(new Group(g.id(), g.name(), g.region(), g.city(), g.venue(), g.day(), g.frequency(),
                    "en", g.mode(), g.facilitator(), g.capacity(), g.latitude(), g.longitude()));
        }
        var refused = call("POST", "/api/admin/matching/proposals/" + id + "/accept", null);
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertTrue(((List<Object>) json(refused).get("errors")).stream().map(e -> (Map<String, Object>) e)
                .anyMatch(e -> "groups".equals(e.get("field"))), refused.getBody());
        assertNothingApplied();
    }

    /**
     * The member count alone does not show every change: a member is erased and someone from the applicant's own
     * organisation joins, so the count is back where the proposal saw it. Accepting would break the organisation
     * rule; it is refused instead.
     */
    @Test
    void aProposalWhoseGroupSwappedAMemberIsRefusedWhenTheNewMemberConflicts() {
        groups.upsertFromCatalogue(group("utrecht", "Midden", "in-person", 9));
        applicant("old-member", "Org Old", "Midden", "in-person", ApplicantStatus.PLACED);
        assertEquals(MembershipStore.AddResult.ADDED, memberships.add(new Membership("utrecht", "old-member", LocalDate.now(), null)));
        applicant("w1", "Org Z", "Midden", "in-person", ApplicantStatus.WAITING);
        Map<String, Object> body = json(call("POST", "/api/admin/matching/proposals", ""));
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

        var refused = call("POST", "/api/admin/matching/proposals/" + id + "/accept", null);
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertTrue(refused.getBody().contains("utrecht"), refused.getBody());
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

    @Test
    void aProposalTooLargeForOneTransactionIsRefusedWith422AndCanBeAcceptedPerGroup() {
        for (int g = 0; g < 6; g++) {
            groups.upsertFromCatalogue(group("big" + g, "Midden", "in-person", 9));
        }
        for (int i = 0; i < 54; i++) {
            applicant("b" + i, "Org " + i, "Midden", "in-person", ApplicantStatus.WAITING);
        }
        Map<String, Object> body = json(call("POST", "/api/admin/matching/proposals", "{\"timeLimitSeconds\": 2}"));
        String id = (String) body.get("id");
        assertEquals(54, ((Number) body.get("placedCount")).intValue());
        var refused = call("POST", "/api/admin/matching/proposals/" + id + "/accept", null);
        assertEquals(422, refused.getStatusCode());
        assertTrue(refused.getBody().contains("accept?group="), refused.getBody());
        assertEquals(0, applicants.listByStatus(ApplicantStatus.PLACED).size());

        for (int g = 0; g < 3; g++) {
            var one = Events.asCoordinator(Events.request("POST", "/api/admin/matching/proposals/" + id + "/accept"));
            one.setQueryStringParameters(Map.of("group", "big" + g));
            var accepted = handler.handleRequest(one, null);
            assertEquals(200, accepted.getStatusCode(), accepted.getBody());
            assertEquals(9 * (g + 1), applicants.listByStatus(ApplicantStatus.PLACED).size());
            assertEquals(409, handler.handleRequest(one, null).getStatusCode(), "same group twice");
        }
        // Four groups would not fit (4 × 28 + 1 = 113 actions); the other three do (3 × 28 + 1 = 85).
        var rest = call("POST", "/api/admin/matching/proposals/" + id + "/accept", null);
        assertEquals(200, rest.getStatusCode(), rest.getBody());
        assertEquals("ACCEPTED", json(rest).get("status"));
        assertEquals(54, applicants.listByStatus(ApplicantStatus.PLACED).size());
    }

    /** At 00:30 in Amsterdam it is still yesterday in UTC: the membership must start on the Dutch date. */
    @Test
    void anAcceptAtHalfPastMidnightInAmsterdamStoresTodayAsJoinedOn() {
        Instant halfPastMidnight = java.time.ZonedDateTime.of(2026, 7, 1, 0, 30, 0, 0,
                nl.intervisie.network.Calendar.ZONE).toInstant();
        assertEquals("2026-06-30T22:30:00Z", halfPastMidnight.toString(), "UTC says 30 June");
        Clock clock = Clock.fixed(halfPastMidnight, java.time.ZoneOffset.UTC); // the zone Lambda runs in
        var atNight = new MatchingHandler(new MatchingService(applicants, groups, memberships,
                new DynamoProposalStore(TestDynamo.client(), table), new AuditLog(TestDynamo.client(), table, clock),
                sent::add, clock, MINIMUM_ONE), new Matcher.Settings(Duration.ofMillis(500), Duration.ofMillis(200)));
        smallWorld();
        var created = atNight.handleRequest(Events.asCoordinator(Events.json("POST", "/api/admin/matching/proposals", "")), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        String id = (String) json(created).get("id");
        var accepted = atNight.handleRequest(Events.asCoordinator(
                Events.request("POST", "/api/admin/matching/proposals/" + id + "/accept")), null);
        assertEquals(200, accepted.getStatusCode(), accepted.getBody());
        List<java.time.LocalDate> joined = new ArrayList<>();
        for (var g : groups.list()) {
            memberships.members(g.group().id()).forEach(m -> joined.add(m.joinedOn()));
        }
        assertEquals(4, joined.size());
        assertTrue(joined.stream().allMatch(d -> d.equals(java.time.LocalDate.of(2026, 7, 1))), joined.toString());
        assertTrue(audit.month("2026-07").stream().anyMatch(e -> e.action().equals("matching.accept")),
                "the audit entry is filed under the Dutch month");
    }
}
