package nl.intervisie.admin;

import nl.intervisie.applicants.ApplicantBuilder;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.Group;
import nl.intervisie.attendance.AttendanceItems;
import nl.intervisie.attendance.AttendanceStatus;
import nl.intervisie.attendance.Attendee;
import nl.intervisie.attendance.Meeting;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipItems;
import nl.intervisie.wiring.Wiring;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.store.Keys;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API against DynamoDB Local, through the handler as Lambda calls it. */
class AdminHandlerTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    /** Every admin route with a concrete path: each must refuse a caller without the coordinator role. */
    static final List<String[]> ROUTES = List.of(
            new String[]{"GET", "/api/admin/whoami"},
            new String[]{"GET", "/api/admin/applicants"},
            new String[]{"GET", "/api/admin/applicants/a1"},
            new String[]{"POST", "/api/admin/applicants/a1/clear"},
            new String[]{"POST", "/api/admin/applicants/a1/intake"},
            new String[]{"POST", "/api/admin/applicants/a1/decline"},
            new String[]{"PUT", "/api/admin/applicants/a1/preferences"},
            new String[]{"GET", "/api/admin/applicants/a1/export"},
            new String[]{"DELETE", "/api/admin/applicants/a1"},
            new String[]{"GET", "/api/admin/audit"},
            new String[]{"GET", "/api/admin/groups"},
            new String[]{"GET", "/api/admin/groups/g1/members"},
            new String[]{"GET", "/api/admin/methods"},
            new String[]{"POST", "/api/admin/groups/sync"},
            new String[]{"POST", "/api/admin/groups"},
            new String[]{"GET", "/api/admin/groups/g1"},
            new String[]{"PUT", "/api/admin/groups/g1"},
            new String[]{"POST", "/api/admin/groups/g1/members"},
            new String[]{"POST", "/api/admin/groups/g1/members/a1/leave"});

    private final String table = TestDynamo.freshTable();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AuditLog audit = new AuditLog(TestDynamo.client(), table, clock);
    private final DynamoApplicantStore applicants = new DynamoApplicantStore(TestDynamo.client(), table, clock);
    private final DynamoGroupStore groups = new DynamoGroupStore(TestDynamo.client(), table);
    private final AdminHandler handler = new AdminHandler(wiring(table, clock));

    /** The real wiring on a test table and clock; no mail. */
    static Wiring wiring(String table, Clock clock) {
        return new Wiring(TestDynamo.client(), table, clock, () -> mail -> { });
    }

    static Applicant applicant(String id, ApplicantStatus status, Instant createdAt) {
        return ApplicantBuilder.applicant(id).reference("IV-" + id.toUpperCase()).name("Naam " + id)
                .appointed(status != ApplicantStatus.NEEDS_REVIEW).place("3511 AB").municipality("Utrecht").availabilityNote("dinsdag")
                .status(status).createdAt(createdAt).groupId(status == ApplicantStatus.PLACED ? "g1" : null).build();
    }

    private void add(String id, ApplicantStatus status, Instant createdAt) {
        applicants.create(applicant(id, status, createdAt), NOW.plus(365, ChronoUnit.DAYS));
    }

    private APIGatewayV2HTTPResponse call(String method, String path) {
        return handler.handleRequest(Events.asCoordinator(Events.request(method, path)), null);
    }

    private APIGatewayV2HTTPResponse call(String method, String path, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = Events.asCoordinator(Events.request(method, path));
        event.setQueryStringParameters(query);
        return handler.handleRequest(event, null);
    }

    private static Map<String, Object> body(APIGatewayV2HTTPResponse response) {
        return Json.parseObject(response.getBody(), Language.NL);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String name) {
        return (List<Map<String, Object>>) body.get(name);
    }

    @Test
    void whoamiWithoutClaimsIs401() {
        var response = handler.handleRequest(Events.request("GET", "/api/admin/whoami"), null);
        assertEquals(401, response.getStatusCode());
        assertEquals("{\"errors\":[{\"field\":null,\"message\":\"Log eerst in.\"}]}", response.getBody());
    }

    @Test
    void whoamiForACoordinatorReturnsTheIdentity() {
        var response = call("GET", "/api/admin/whoami");
        assertEquals(200, response.getStatusCode());
        assertEquals(Map.of("groups", List.of("coordinators"), "subject", "coordinator-1", "username", "coordinator-1",
                "role", "coordinator", "leads", List.of()), body(response));
    }

    @Test
    void everyRouteRefusesCallersWithoutTheCoordinatorRole() {
        add("a1", ApplicantStatus.NEEDS_REVIEW, NOW);
        for (String[] route : ROUTES) {
            var anonymous = handler.handleRequest(Events.request(route[0], route[1]), null);
            assertEquals(401, anonymous.getStatusCode(), route[0] + " " + route[1]);
            var participant = handler.handleRequest(Events.withClaims(Events.request(route[0], route[1]),
                    Map.of("sub", "x", "cognito:groups", "[participants]")), null);
            assertEquals(403, participant.getStatusCode(), route[0] + " " + route[1]);
        }
        // nothing changed: the applicant is still under review, and nothing was audited
        assertEquals("NEEDS_REVIEW", body(call("GET", "/api/admin/applicants/a1")).get("status"));
        assertTrue(audit.month("2026-11").isEmpty());
    }

    @Test
    void listsByStatusOldestFirstWithoutEmailAddresses() {
        add("r2", ApplicantStatus.NEEDS_REVIEW, NOW.minusSeconds(10));
        add("r1", ApplicantStatus.NEEDS_REVIEW, NOW.minusSeconds(20));
        add("w1", ApplicantStatus.WAITING, NOW.minusSeconds(30));
        var review = list(body(call("GET", "/api/admin/applicants", Map.of("status", "needs_review"))), "applicants");
        assertEquals(List.of("r1", "r2"), review.stream().map(a -> a.get("id")).toList());
        assertFalse(review.get(0).containsKey("email"), "a list shows no e-mail addresses");
        var all = list(body(call("GET", "/api/admin/applicants")), "applicants");
        assertEquals(List.of("r1", "r2", "w1"), all.stream().map(a -> a.get("id")).toList());

        var bad = call("GET", "/api/admin/applicants", Map.of("status", "REJECTED"));
        assertEquals(400, bad.getStatusCode());
        assertEquals("status", list(body(bad), "errors").get(0).get("field"));
    }

    @Test
    void readsOneApplicantWithDetailsAnd404ForUnknownOrMalformedIds() {
        add("d1", ApplicantStatus.WAITING, NOW);
        var details = body(call("GET", "/api/admin/applicants/d1"));
        assertEquals("d1@example.org", details.get("email"));
        assertEquals("IV-D1", details.get("reference"));
        assertEquals(404, call("GET", "/api/admin/applicants/nobody").getStatusCode());
        assertEquals(404, call("GET", "/api/admin/applicants/%3Cscript%3E").getStatusCode());
        assertEquals(404, call("GET", "/api/admin/applicants/" + "x".repeat(200)).getStatusCode());
    }

    @Test
    void expiredApplicantsAreGoneForReadsEvenBeforeDynamoDbDeletesThem() {
        Instant created = NOW.minus(400, ChronoUnit.DAYS);
        applicants.create(applicant("old", ApplicantStatus.NEEDS_REVIEW, created), NOW.minusSeconds(1));
        add("new", ApplicantStatus.NEEDS_REVIEW, NOW);
        var stored = TestDynamo.client().getItem(b -> b.tableName(table)
                .key(Map.of(Keys.PK, s("APPLICANT#old"), Keys.SK, s("APPLICANT")))).item();
        assertEquals(Long.toString(NOW.minusSeconds(1).getEpochSecond()), stored.get(Keys.TTL).n(), "TTL attribute set");

        var review = list(body(call("GET", "/api/admin/applicants", Map.of("status", "NEEDS_REVIEW"))), "applicants");
        assertEquals(List.of("new"), review.stream().map(a -> a.get("id")).toList());
        assertEquals(404, call("GET", "/api/admin/applicants/old").getStatusCode());
        assertEquals(404, call("POST", "/api/admin/applicants/old/clear").getStatusCode());
        assertEquals(404, call("GET", "/api/admin/applicants/old/export").getStatusCode());
    }

    @Test
    void clearMovesANeedsReviewApplicantToWaitingOnceAndIsAudited() {
        add("c1", ApplicantStatus.NEEDS_REVIEW, NOW);
        var cleared = call("POST", "/api/admin/applicants/c1/clear");
        assertEquals(200, cleared.getStatusCode(), cleared.getBody());
        assertEquals("WAITING", body(cleared).get("status"));
        assertEquals(2, ((Number) body(cleared).get("version")).intValue());
        var waiting = list(body(call("GET", "/api/admin/applicants", Map.of("status", "WAITING"))), "applicants");
        assertEquals(List.of("c1"), waiting.stream().map(a -> a.get("id")).toList(), "the status index moved too");

        var again = call("POST", "/api/admin/applicants/c1/clear");
        assertEquals(409, again.getStatusCode());
        assertEquals("status", list(body(again), "errors").get(0).get("field"));

        var entries = audit.month("2026-11");
        assertEquals(1, entries.size());
        assertEquals("applicant.clear", entries.get(0).action());
        assertEquals(List.of("c1"), entries.get(0).targets());
        assertEquals("coordinator-1", entries.get(0).actor());
    }

    @Test
    void clearWithAnOutdatedVersionIsAConflictAndChangesNothing() {
        add("c2", ApplicantStatus.NEEDS_REVIEW, NOW);
        var stale = handler.handleRequest(Events.asCoordinator(
                Events.json("POST", "/api/admin/applicants/c2/clear", "{\"version\":7}")), null);
        assertEquals(409, stale.getStatusCode());
        assertEquals("version", list(body(stale), "errors").get(0).get("field"));
        assertEquals("NEEDS_REVIEW", body(call("GET", "/api/admin/applicants/c2")).get("status"));

        for (String bad : List.of("{\"version\":-1}", "{\"version\":\"1\"}", "{\"version\":1.5}", "[1]", "{",
                "{\"version\":99999999999999999999999}")) {
            var response = handler.handleRequest(Events.asCoordinator(
                    Events.json("POST", "/api/admin/applicants/c2/clear", bad)), null);
            assertEquals(400, response.getStatusCode(), bad);
        }
        var ok = handler.handleRequest(Events.asCoordinator(
                Events.json("POST", "/api/admin/applicants/c2/clear", "{\"version\":1}")), null);
        assertEquals(200, ok.getStatusCode());
        assertTrue(audit.month("2026-11").size() == 1, "only the successful clear is audited");
    }

    /** A group with a member count, an active membership in it, an old one elsewhere, and attendance items. */
    private void placeWithHistory(String id) {
        groups.upsertFromCatalogue(new Group("g1", "Groep 1", "Midden", "Utrecht", "Zaal", "dinsdag", "4x", "nl",
                "in-person", "Begeleider", 9, 52.0, 5.1));
        groups.upsertFromCatalogue(new Group("g0", "Groep 0", "West", "Den Haag", "Zaal", "maandag", "4x", "nl",
                "in-person", "Begeleider", 9, 52.0, 4.3));
        setMemberCount("g1", 3);
        setMemberCount("g0", 5);
        add(id, ApplicantStatus.PLACED, NOW.minus(800, ChronoUnit.DAYS));
        put(MembershipItems.toItem(new Membership("g1", id, LocalDate.parse("2025-06-01"), null)));
        put(MembershipItems.toItem(new Membership("g0", id, LocalDate.parse("2024-01-01"), LocalDate.parse("2025-05-01"))));
        Instant expires = NOW.plus(1500, ChronoUnit.DAYS);
        for (String date : List.of("2025-03-01", "2025-09-01", "2026-02-01")) {
            String gid = date.startsWith("2025-03") ? "g0" : "g1";
            Meeting meeting = new Meeting(gid, LocalDate.parse(date), LocalTime.of(13, 0), LocalTime.of(16, 0),
                    "incidentmethode", "Anne", 6, 0, 0, 1);
            put(AttendanceItems.attendeeItem(meeting, new Attendee(id, AttendanceStatus.PRESENT), expires));
            put(AttendanceItems.meetingItem(meeting, expires));
        }
        add("bystander", ApplicantStatus.PLACED, NOW);
        put(MembershipItems.toItem(new Membership("g1", "bystander", LocalDate.parse("2025-06-01"), null)));
        // Matching proposals: one places the person, one names them only in someone else's reason, one not at all.
        proposal("prop-own", "bystander", List.of(Map.of("applicantId", id, "groupId", "g1",
                "reasons", List.of(Map.of("code", "region", "groupId", "g1")))), List.of());
        proposal("prop-named", "bystander", List.of(), List.of(Map.of("applicantId", "bystander",
                "reasons", List.of(Map.of("code", "same-organisation", "groupId", "g1", "with", id)))));
        proposal("prop-other", "bystander", List.of(Map.of("applicantId", "bystander", "groupId", "g1",
                "reasons", List.of())), List.of());
    }

    private void proposal(String proposalId, String planned, List<Object> assignments, List<Object> waiting) {
        String placed = assignments.isEmpty() ? planned : (String) ((Map<?, ?>) assignments.get(0)).get("applicantId");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", proposalId);
        body.put("assignments", assignments);
        body.put("waiting", waiting);
        body.put("newGroups", List.of());
        new nl.intervisie.matching.DynamoProposalStore(TestDynamo.client(), table).save(new nl.intervisie.matching.Proposal(
                proposalId, NOW, List.of(new nl.intervisie.matching.Proposal.GroupPlan("g1", 3,
                        List.of(new nl.intervisie.matching.Proposal.ApplicantPlan(placed, 1)))), body),
                NOW.plus(30, ChronoUnit.DAYS));
    }

    private void put(Map<String, AttributeValue> item) {
        TestDynamo.client().putItem(b -> b.tableName(table).item(item));
    }

    private void setMemberCount(String gid, int count) {
        TestDynamo.client().updateItem(b -> b.tableName(table).key(Map.of(Keys.PK, s("GROUP#" + gid), Keys.SK, s("GROUP")))
                .updateExpression("SET memberCount = :c").expressionAttributeValues(Map.of(":c", n(count))));
    }

    /**
     * Every stored item (audit entries aside) in which the id appears anywhere, gzipped attributes (proposal bodies)
     * unpacked: what export must show and erase remove.
     */
    private List<Map<String, AttributeValue>> itemsMentioning(String id) {
        return TestDynamo.client().scanPaginator(b -> b.tableName(table)).items().stream()
                .filter(item -> !item.get(Keys.PK).s().startsWith("AUDIT#"))
                .filter(item -> item.toString().contains(id) || item.values().stream()
                        .anyMatch(v -> v.b() != null && gunzip(v).contains(id)))
                .toList();
    }

    private static String gunzip(AttributeValue value) {
        try (var in = new java.util.zip.GZIPInputStream(value.b().asInputStream())) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportHoldsEveryItemThatMentionsThePerson() {
        placeWithHistory("p1");
        audit.record(new nl.intervisie.http.Caller("someone", "someone", List.of("coordinators")), "matching.accept",
                List.of("prop-1", "p1"));
        var response = call("GET", "/api/admin/applicants/p1/export");
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(response.getHeaders().get("Content-Disposition").startsWith("attachment"));
        Map<String, Object> export = body(response);

        Map<String, Object> applicant = (Map<String, Object>) export.get("applicant");
        assertEquals("p1@example.org", applicant.get("email"));
        assertTrue(applicant.get(Keys.TTL) instanceof Number, "retention is part of the export");
        Map<String, Object> guard = (Map<String, Object>) export.get("emailGuard");
        assertEquals("p1", guard.get("applicantId"));

        var expectedKeys = itemsMentioning("p1").stream()
                .filter(i -> !i.get(Keys.PK).s().startsWith("APPLICANT#") && !i.get(Keys.PK).s().startsWith("EMAIL#")
                        && !i.get(Keys.PK).s().startsWith("PROPOSAL#"))
                .map(i -> i.get(Keys.PK).s() + "|" + i.get(Keys.SK).s()).sorted().toList();
        var exportedKeys = ((List<Map<String, Object>>) export.get("items")).stream()
                .map(i -> i.get(Keys.PK) + "|" + i.get(Keys.SK)).sorted().toList();
        assertEquals(5, expectedKeys.size(), "2 memberships + 3 attendance items");
        assertEquals(expectedKeys, exportedKeys);
        assertFalse(response.getBody().contains("bystander"), "nobody else's data");

        // proposals: the person's own entry with its reasons; of someone else's entry only that it names them
        var proposals = (List<Map<String, Object>>) export.get("proposals");
        assertEquals(itemsMentioning("p1").stream().filter(i -> i.get(Keys.PK).s().startsWith("PROPOSAL#"))
                .map(i -> i.get("id").s()).sorted().toList(),
                proposals.stream().map(p -> (String) p.get("proposalId")).sorted().toList());
        assertEquals(List.of("prop-named", "prop-own"), proposals.stream().map(p -> (String) p.get("proposalId")).sorted().toList());
        var own = proposals.stream().filter(p -> p.get("proposalId").equals("prop-own")).findFirst().orElseThrow();
        var entry = ((List<Map<String, Object>>) own.get("entries")).get(0);
        assertEquals("assignments", entry.get("kind"));
        assertEquals("g1", entry.get("groupId"));
        assertEquals("region", ((List<Map<String, Object>>) entry.get("reasons")).get(0).get("code"));
        var named = proposals.stream().filter(p -> p.get("proposalId").equals("prop-named")).findFirst().orElseThrow();
        assertEquals(List.of(), named.get("entries"));
        assertEquals(1, ((Number) named.get("mentionedInOthersReasons")).intValue());

        var auditEntries = (List<Map<String, Object>>) export.get("auditEntries");
        assertEquals(List.of("matching.accept"), auditEntries.stream().map(e -> e.get("action")).toList());
        assertTrue(audit.month("2026-11").stream().anyMatch(e -> e.action().equals("applicant.export")
                && e.targets().equals(List.of("p1"))), "an export is audited");
    }

    @Test
    void eraseRemovesEveryItemOfThePersonAndOnlyThat() {
        placeWithHistory("p2");
        var response = call("DELETE", "/api/admin/applicants/p2");
        assertEquals(200, response.getStatusCode(), response.getBody());
        @SuppressWarnings("unchecked")
        Map<String, Object> erased = (Map<String, Object>) body(response).get("erased");
        assertEquals(1, ((Number) erased.get("applicant")).intValue());
        assertEquals(1, ((Number) erased.get("emailGuard")).intValue());
        assertEquals(2, ((Number) erased.get("memberships")).intValue());
        assertEquals(3, ((Number) erased.get("attendance")).intValue());
        assertEquals(1, ((Number) erased.get("groupsUpdated")).intValue());
        assertEquals(2, ((Number) erased.get("proposals")).intValue(), "the two proposals that name the person");

        assertEquals(List.of(), itemsMentioning("p2"), "nothing of the person is left outside the audit log");
        var counts = groups.list().stream().collect(java.util.stream.Collectors.toMap(g -> g.group().id(), g -> g.memberCount()));
        assertEquals(2, counts.get("g1"), "the active membership lowered its group's count");
        assertEquals(5, counts.get("g0"), "a membership that had ended did not");
        assertEquals(3, TestDynamo.client().scan(b -> b.tableName(table).filterExpression("#t = :m")
                .expressionAttributeNames(Map.of("#t", "type")).expressionAttributeValues(Map.of(":m", s("MEETING"))))
                .count(), "meeting items (counts only) stay");
        assertEquals(200, call("GET", "/api/admin/applicants/bystander").getStatusCode());
        assertEquals(1, itemsMentioning("prop-other").size(), "a proposal that does not name the person stays");

        // the address is free again, so the person can sign up anew
        Applicant again = applicant("p2new", ApplicantStatus.WAITING, NOW);
        Applicant sameAddress = ApplicantBuilder.from(again).email("p2@example.org").appointed(true).build();
        assertEquals(nl.intervisie.applicants.ApplicantStore.CreateResult.CREATED,
                applicants.create(sameAddress, NOW.plusSeconds(60)));
        assertEquals(404, call("DELETE", "/api/admin/applicants/p2").getStatusCode(), "a second erase finds nothing");
        var entries = audit.month("2026-11");
        assertEquals(List.of("applicant.erase"), entries.stream().map(AuditLog.Entry::action).toList());
        assertEquals(List.of("p2"), entries.get(0).targets());
    }

    @Test
    void auditIsReadPerMonthAndTheMonthIsChecked() {
        add("c3", ApplicantStatus.NEEDS_REVIEW, NOW);
        call("POST", "/api/admin/applicants/c3/clear");
        var current = body(call("GET", "/api/admin/audit"));
        assertEquals("2026-11", current.get("month"));
        assertEquals(1, list(current, "entries").size());
        assertEquals(List.of(), list(body(call("GET", "/api/admin/audit", Map.of("month", "2026-10"))), "entries"));
        for (String bad : List.of("2026-13", "26-11", "2026-11-01", "x")) {
            var response = call("GET", "/api/admin/audit", Map.of("month", bad));
            assertEquals(400, response.getStatusCode(), bad);
            assertEquals("month", list(body(response), "errors").get(0).get("field"));
        }
    }

    @Test
    void groupsShowTheCatalogueWithMemberCounts() {
        placeWithHistory("p3");
        var list = list(body(call("GET", "/api/admin/groups")), "groups");
        assertEquals(List.of("g0", "g1"), list.stream().map(g -> g.get("id")).toList());
        assertEquals(3, ((Number) list.get(1).get("memberCount")).intValue());
        assertEquals(9, ((Number) list.get(1).get("capacity")).intValue());
        assertNull(body(call("GET", "/api/admin/groups")).get("errors"));
    }

    @Test
    void membersOfAGroupOnADate() {
        placeWithHistory("p4");
        var today = body(call("GET", "/api/admin/groups/g1/members"));
        // same joining date: ordered by id
        assertEquals(List.of("bystander", "p4"), list(today, "members").stream().map(m -> m.get("applicantId")).toList());
        assertEquals("Naam p4", list(today, "members").get(1).get("name"));
        var before = body(call("GET", "/api/admin/groups/g0/members", Map.of("date", "2024-06-01")));
        assertEquals(List.of("p4"), list(before, "members").stream().map(m -> m.get("applicantId")).toList());
        assertEquals(List.of(), list(body(call("GET", "/api/admin/groups/g0/members")), "members"), "left in 2025");
        assertEquals(404, call("GET", "/api/admin/groups/nope/members").getStatusCode());
        assertEquals(400, call("GET", "/api/admin/groups/g1/members", Map.of("date", "2024-02-30x")).getStatusCode());
    }

    @Test
    void methodsComeFromTheCatalogue() {
        var methods = list(body(call("GET", "/api/admin/methods")), "methods");
        assertTrue(methods.stream().anyMatch(m -> m.get("id").equals("incidentmethode") && m.get("name").equals("Incidentmethode")),
                methods.toString());
    }

    @Test
    void importAddsOnlyMissingGroupsLeavesCoordinatorsEditsAndIsAudited() {
        var catalogue = nl.intervisie.groups.GroupCatalogue.load();
        Group first = catalogue.get(0);
        groups.upsertFromCatalogue(new Group(first.id(), "Door coördinator hernoemd", first.region(), first.city(),
                first.venue(), first.day(), first.frequency(), first.language(), first.mode(), first.facilitator(),
                first.capacity(), first.latitude(), first.longitude()));
        setMemberCount(first.id(), 4);
        var response = call("POST", "/api/admin/groups/sync");
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(catalogue.size() - 1, ((Number) body(response).get("synced")).intValue());
        var listed = list(body(call("GET", "/api/admin/groups")), "groups");
        assertEquals(catalogue.size(), listed.size());
        var kept = listed.stream().filter(g -> g.get("id").equals(first.id())).findFirst().orElseThrow();
        assertEquals(4, ((Number) kept.get("memberCount")).intValue(), "member count kept");
        assertEquals("Door coördinator hernoemd", kept.get("name"), "the table is the source, not the file");
        var entry = audit.month("2026-11").get(0);
        assertEquals("groups.import", entry.action());
        assertEquals(catalogue.size() - 1, entry.targets().size());
        assertEquals(0, ((Number) body(call("POST", "/api/admin/groups/sync")).get("synced")).intValue(),
                "a second import adds nothing");
    }
}
