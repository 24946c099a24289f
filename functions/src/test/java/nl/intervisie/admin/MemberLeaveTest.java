package nl.intervisie.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.attendance.AttendanceRules;
import nl.intervisie.attendance.AttendanceService;
import nl.intervisie.attendance.DynamoAttendanceStore;
import nl.intervisie.attendance.Methods;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupItems;
import nl.intervisie.groups.MemberLeave;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipItems;
import nl.intervisie.groups.MembershipStore;
import nl.intervisie.http.ApiException;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member leaving a group, through the admin handler on DynamoDB Local, and what attendance still shows after. */
class MemberLeaveTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    /** Leaving in 2026 with a 4-year attendance period: kept until the end of 2030, i.e. 2031-01-01T00:00Z. */
    static final long BOUND_2026 = LocalDate.of(2030, 12, 31).plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

    private final String table = TestDynamo.freshTable();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AuditLog audit = new AuditLog(TestDynamo.client(), table, clock);
    private final DynamoApplicantStore applicants = new DynamoApplicantStore(TestDynamo.client(), table, clock);
    private final DynamoGroupStore groups = new DynamoGroupStore(TestDynamo.client(), table);
    private final MembershipStore memberships = new DynamoMembershipStore(TestDynamo.client(), table);
    private final AdminHandler handler = new AdminHandler(AdminHandlerTest.wiring(table, clock));
    private final AttendanceService attendance = new AttendanceService(new DynamoAttendanceStore(TestDynamo.client(), table),
            Methods.load(), new AttendanceRules(3, 32, 4), clock, Map.of("g1", "Groep 1", "g2", "Groep 2"));

    @BeforeEach
    void twoGroupsAndThreeMembers() {
        group("g1");
        group("g2");
        placed("p1", "g1", "2026-01-10");
        placed("p2", "g1", "2026-01-10");
        placed("both", "g1", "2026-02-01");
        assertEquals(MembershipStore.AddResult.ADDED,
                memberships.add(new Membership("g2", "both", LocalDate.parse("2026-02-01"), null)));
    }

    private void group(String id) {
        groups.upsertFromCatalogue(new Group(id, "Groep " + id, "Midden", "Utrecht", "Stadskantoor", "dinsdag",
                "4x per jaar", "nl", "in-person", "Anne", 9, 52.09, 5.12));
    }

    /** A placed person as accept leaves them: applicant without TTL, e-mail guard, membership, group count + 1. */
    private void placed(String id, String groupId, String joinedOn) {
        var a = AdminHandlerTest.applicant(id, ApplicantStatus.PLACED, NOW.minus(400, ChronoUnit.DAYS));
        applicants.create(a, NOW.plus(30, ChronoUnit.DAYS));
        TestDynamo.client().updateItem(b -> b.tableName(table).key(ApplicantItems.key(id)).updateExpression("REMOVE expiresAt"));
        assertEquals(MembershipStore.AddResult.ADDED,
                memberships.add(new Membership(groupId, id, LocalDate.parse(joinedOn), null)));
    }

    private APIGatewayV2HTTPResponse leave(String groupId, String applicantId, String body, boolean english) {
        String path = "/api/admin/groups/" + groupId + "/members/" + applicantId + "/leave";
        APIGatewayV2HTTPEvent event = body == null ? Events.request("POST", path) : Events.json("POST", path, body);
        if (english) {
            event.getHeaders().put("accept-language", "en");
        }
        return handler.handleRequest(Events.asCoordinator(event), null);
    }

    private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        return TestDynamo.client().getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
    }

    private int memberCount(String groupId) {
        return groups.list().stream().filter(g -> g.group().id().equals(groupId)).findFirst().orElseThrow().memberCount();
    }

    private static Long ttl(Map<String, AttributeValue> item) {
        return item.containsKey(Keys.TTL) ? Long.parseLong(item.get(Keys.TTL).n()) : null;
    }

    private static String message(APIGatewayV2HTTPResponse response) {
        Map<String, Object> body = Json.parseObject(response.getBody(), Language.NL);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) body.get("errors");
        return errors.get(0).get("field") + ": " + errors.get(0).get("message");
    }

    private Map<String, Object> meeting(String... idStatus) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", "13:00");
        body.put("end", "16:00");
        body.put("method", "incidentmethode");
        body.put("facilitator", "Anne");
        List<Object> list = new java.util.ArrayList<>();
        for (int i = 0; i < idStatus.length; i += 2) {
            list.add(Map.of("applicantId", idStatus[i], "status", idStatus[i + 1]));
        }
        body.put("attendance", list);
        return body;
    }

    @Test
    void leavingTheLastGroupEndsTheMembershipAndGivesThePersonTheirEndDate() {
        attendance.record("g1", "2026-03-01", meeting("p1", "present", "p2", "present", "both", "present"), Language.NL);
        assertEquals(3, memberCount("g1"));

        var response = leave("g1", "p1", "{\"date\":\"2026-11-01\"}", false);
        assertEquals(200, response.getStatusCode(), response.getBody());
        Map<String, Object> body = Json.parseObject(response.getBody(), Language.NL);
        assertEquals("LEFT", body.get("status"));
        assertEquals("2026-11-01", body.get("leftOn"));

        var membership = item(MembershipItems.key("g1", "p1"));
        assertEquals("2026-11-01", Items.string(membership, "leftOn"));
        assertEquals(BOUND_2026, ttl(membership));
        assertEquals(2, memberCount("g1"));
        var applicant = item(ApplicantItems.key("p1"));
        assertEquals("LEFT", Items.string(applicant, "status"));
        assertEquals("STATUS#LEFT", Items.string(applicant, Keys.GSI1_PK));
        assertEquals(BOUND_2026, ttl(applicant));
        assertNull(Items.string(applicant, "groupId"));
        assertEquals(2L, Items.number(applicant, "version", 0));
        var guard = item(ApplicantItems.emailGuardKey("p1@example.org"));
        assertEquals("p1", Items.string(guard, "applicantId"));
        assertEquals(BOUND_2026, ttl(guard));

        // The admin list by status shows them; matching (WAITING only) does not see them.
        var left = handler.handleRequest(Events.asCoordinator(withQuery(Events.request("GET", "/api/admin/applicants"),
                "status", "left")), null);
        assertTrue(left.getBody().contains("\"id\":\"p1\""), left.getBody());
        assertTrue(applicants.listByStatus(ApplicantStatus.WAITING).isEmpty());

        // Their attendance before leaving still counts in the year report and their statement.
        var row = attendance.yearReport(2026).rows().stream().filter(r -> r.applicantId().equals("p1")).findFirst().orElseThrow();
        assertEquals(1, row.attended());
        assertEquals("Naam p1", row.name());
        var statement = attendance.statement("p1", "2026", null, null, Language.NL);
        assertEquals(List.of("2026-03-01"), statement.attended().stream().map(m -> m.date().toString()).toList());

        // After leaving, a meeting listing them is refused; without them it is recorded.
        var refused = assertThrows(ApiException.class, () -> attendance.record("g1", "2026-11-10",
                meeting("p1", "present", "p2", "present", "both", "present"), Language.NL));
        assertEquals(400, refused.status());
        assertTrue(refused.errors().get(0).message().contains("geen lid"), refused.errors().toString());
        attendance.record("g1", "2026-11-10", meeting("p2", "present", "both", "present"), Language.NL);

        var entries = audit.month("2026-11");
        assertEquals(1, entries.size());
        assertEquals("membership.leave", entries.get(0).action());
        assertEquals(List.of("g1", "p1"), entries.get(0).targets());

        // The member list for today leaves them out; leaving twice is a 404.
        var members = handler.handleRequest(Events.asCoordinator(Events.request("GET", "/api/admin/groups/g1/members")), null);
        assertFalse(members.getBody().contains("\"p1\""), members.getBody());
        assertEquals(404, leave("g1", "p1", null, false).getStatusCode());
    }

    @Test
    void leavingOneOfTwoGroupsKeepsThePersonPlacedWithoutEndDate() {
        var response = leave("g1", "both", null, false); // no body: today
        assertEquals(200, response.getStatusCode(), response.getBody());
        Map<String, Object> body = Json.parseObject(response.getBody(), Language.NL);
        assertEquals("2026-11-23", body.get("leftOn"));
        assertEquals("g2", body.get("stillMemberOf"));
        assertEquals("PLACED", body.get("status"));

        var membership = item(MembershipItems.key("g1", "both"));
        assertEquals("2026-11-23", Items.string(membership, "leftOn"));
        assertEquals(BOUND_2026, ttl(membership));
        assertNull(Items.string(item(MembershipItems.key("g2", "both")), "leftOn"));
        assertEquals(2, memberCount("g1"));
        assertEquals(1, memberCount("g2"));
        var applicant = item(ApplicantItems.key("both"));
        assertEquals("PLACED", Items.string(applicant, "status"));
        assertNull(ttl(applicant));
        assertEquals("g2", Items.string(applicant, "groupId"));
        var guard = item(ApplicantItems.emailGuardKey("both@example.org"));
        assertEquals(NOW.plus(30, ChronoUnit.DAYS).getEpochSecond(), ttl(guard), "the guard is not given the leave bound");

        // Then leaving the other group too: now LEFT with the end date.
        assertEquals(200, leave("g2", "both", null, false).getStatusCode());
        assertEquals("LEFT", Items.string(item(ApplicantItems.key("both")), "status"));
        assertEquals(BOUND_2026, ttl(item(ApplicantItems.key("both"))));
        assertEquals(0, memberCount("g2"));
    }

    @Test
    void badDatesAre400InDutchAndEnglishAndChangeNothing() {
        attendance.record("g1", "2026-03-01", meeting("p1", "present", "p2", "present", "both", "present"), Language.NL);
        for (String body : List.of("{\"date\":\"2026-13-01\"}", "{\"date\":\"1-1-2026\"}", "{\"date\":5}",
                "{\"date\":\"2026-02-30\"}", "{\"date\":\"<script>\"}")) {
            var response = leave("g1", "p1", body, false);
            assertEquals(400, response.getStatusCode(), body);
            assertEquals("date: Geef de datum van vertrek als jjjj-mm-dd.", message(response), body);
        }
        var english = leave("g1", "p1", "{\"date\":\"tomorrow\"}", true);
        assertEquals("date: Give the leaving date as yyyy-mm-dd.", message(english));
        var future = leave("g1", "p1", "{\"date\":\"2026-11-24\"}", false);
        assertEquals(400, future.getStatusCode());
        assertTrue(message(future).contains("toekomst"), message(future));
        var beforeJoining = leave("g1", "p1", "{\"date\":\"2026-01-09\"}", true);
        assertEquals(400, beforeJoining.getStatusCode());
        assertTrue(message(beforeJoining).contains("before the date this person joined (2026-01-10)"), message(beforeJoining));
        assertEquals(400, leave("g1", "p1", "[1,2]", false).getStatusCode());
        assertEquals(400, leave("g1", "p1", "{not json", false).getStatusCode());

        assertNull(Items.string(item(MembershipItems.key("g1", "p1")), "leftOn"));
        assertEquals("PLACED", Items.string(item(ApplicantItems.key("p1")), "status"));
        assertEquals(3, memberCount("g1"));
        assertTrue(audit.month("2026-11").isEmpty());
    }

    @Test
    void unknownGroupOrNonMemberIs404() {
        assertEquals(404, leave("nope", "p1", null, false).getStatusCode());
        assertEquals(404, leave("g2", "p1", null, false).getStatusCode()); // a member of g1, not of g2
        assertEquals(404, leave("g1", "nobody", null, false).getStatusCode());
        var hostile = leave("g1", "..%2F..", null, true);
        assertEquals(404, hostile.getStatusCode());
        assertEquals("null: This person is not (or no longer) a member of this group.", message(hostile));
        assertEquals(3, memberCount("g1"));
    }

    @Test
    void aChangeBetweenReadingAndWritingIs409AndNothingIsHalfWritten() {
        // The applicant changes (version + 1) after the service read it: the store's transaction must refuse all.
        var store = new DynamoMembershipStore(TestDynamo.client(), table);
        MembershipStore racing = new MembershipStore() {
            @Override public AddResult add(Membership m) { return store.add(m); }
            @Override public List<Membership> members(String g) { return store.members(g); }
            @Override public List<Membership> ofPerson(String id) { return store.ofPerson(id); }
            @Override public PlaceResult placeByHand(Membership m, long v, String guard, String reason, String actor,
                                                     java.time.Instant now) { return store.placeByHand(m, v, guard, reason, actor, now); }
            @Override public PlaceResult move(Move move) { return store.move(move); }
            @Override public List<Held> heldBy(String applicantId) { return store.heldBy(applicantId); }
            @Override public boolean leave(Leave leave) {
                TestDynamo.client().updateItem(b -> b.tableName(table).key(ApplicantItems.key(leave.applicantId()))
                        .updateExpression("SET version = version + :one").expressionAttributeValues(Map.of(":one", Items.n(1))));
                return store.leave(leave);
            }
        };
        var wiring = AdminHandlerTest.wiring(table, clock);
        var service = new AdminHandler(wiring.applicantReview(), wiring.applicantActions(), wiring.applicantDetail(),
                wiring.privacy(), wiring.groupAdmin(),
                new MemberLeave(racing, applicants, groups, audit, new AttendanceRules(3, 32, 4), clock),
                wiring.handPlacement(), audit, clock);
        var response = service.handleRequest(Events.asCoordinator(
                Events.request("POST", "/api/admin/groups/g1/members/p1/leave")), null);
        assertEquals(409, response.getStatusCode(), response.getBody());
        assertNull(Items.string(item(MembershipItems.key("g1", "p1")), "leftOn"));
        assertNull(ttl(item(MembershipItems.key("g1", "p1"))));
        assertEquals(3, memberCount("g1"));
        assertEquals("PLACED", Items.string(item(ApplicantItems.key("p1")), "status"));
        assertTrue(audit.month("2026-11").isEmpty());

        // A group count already at 0 (drift) is refused the same way rather than going negative.
        TestDynamo.client().updateItem(b -> b.tableName(table).key(GroupItems.key("g1"))
                .updateExpression("SET memberCount = :zero").expressionAttributeValues(Map.of(":zero", Items.n(0))));
        assertEquals(409, leave("g1", "p2", null, false).getStatusCode());
        assertNull(Items.string(item(MembershipItems.key("g1", "p2")), "leftOn"));
    }

    @Test
    void someoneWhoLeftCanStillBeExportedAndErasedWithoutTouchingTheGroupCountAgain() {
        attendance.record("g1", "2026-03-01", meeting("p1", "present", "p2", "present", "both", "present"), Language.NL);
        assertEquals(200, leave("g1", "p1", "{\"date\":\"2026-10-01\"}", false).getStatusCode());
        assertEquals(2, memberCount("g1"));

        var export = handler.handleRequest(Events.asCoordinator(Events.request("GET", "/api/admin/applicants/p1/export")), null);
        assertEquals(200, export.getStatusCode(), export.getBody());
        assertTrue(export.getBody().contains("\"leftOn\":\"2026-10-01\""), export.getBody());
        assertTrue(export.getBody().contains("\"status\":\"LEFT\""), export.getBody());

        var erased = handler.handleRequest(Events.asCoordinator(Events.request("DELETE", "/api/admin/applicants/p1")), null);
        assertEquals(200, erased.getStatusCode(), erased.getBody());
        @SuppressWarnings("unchecked")
        var body = (Map<String, Object>) Json.parseObject(erased.getBody(), Language.NL).get("erased");
        assertEquals(1, ((Number) body.get("memberships")).intValue());
        assertEquals(1, ((Number) body.get("attendance")).intValue());
        assertEquals(0, ((Number) body.get("groupsUpdated")).intValue(), "an ended membership lowers no count");
        assertEquals(2, memberCount("g1"));
        assertTrue(item(ApplicantItems.key("p1")).isEmpty());
        assertTrue(item(ApplicantItems.emailGuardKey("p1@example.org")).isEmpty());
        assertTrue(item(MembershipItems.key("g1", "p1")).isEmpty());
    }

    @Test
    void theRouteIsCoordinatorsOnly() {
        var anonymous = handler.handleRequest(Events.request("POST", "/api/admin/groups/g1/members/p1/leave"), null);
        assertEquals(401, anonymous.getStatusCode());
        var participant = handler.handleRequest(Events.withClaims(Events.request("POST", "/api/admin/groups/g1/members/p1/leave"),
                Map.of("sub", "x", "cognito:groups", "[participants]")), null);
        assertEquals(403, participant.getStatusCode());
        assertNull(Items.string(item(MembershipItems.key("g1", "p1")), "leftOn"));
    }

    private static APIGatewayV2HTTPEvent withQuery(APIGatewayV2HTTPEvent event, String name, String value) {
        event.setQueryStringParameters(Map.of(name, value));
        return event;
    }
}
