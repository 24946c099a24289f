package nl.intervisie.planning;

import nl.intervisie.applicants.ApplicantBuilder;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.applicants.DynamoApplicantStore;
import nl.intervisie.attendance.AttendanceHandler;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.DynamoMembershipStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupAccess;
import nl.intervisie.groups.Membership;
import nl.intervisie.groups.MembershipItems;
import nl.intervisie.http.Json;
import nl.intervisie.links.SignedLinks;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.MovableClock;
import nl.intervisie.testing.TestDynamo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A fresh table with a group (Tuesday afternoon, 4 a year), the planning routes as deployed, and a movable clock. */
final class PlanFixture {
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final byte[] KEY = "a-test-key-of-at-least-32-characters!".getBytes(StandardCharsets.UTF_8);

    final String table = TestDynamo.freshTable();
    final MovableClock clock = new MovableClock(NOW);
    final DynamoGroupStore groups = new DynamoGroupStore(TestDynamo.client(), table);
    final DynamoPlanStore plans = new DynamoPlanStore(TestDynamo.client(), table);
    final DynamoMembershipStore memberships = new DynamoMembershipStore(TestDynamo.client(), table);
    final AuditLog audit = new AuditLog(TestDynamo.client(), table, clock);
    final CalendarLinks links = new CalendarLinks(new SignedLinks(() -> KEY, clock), "https://intervisie.example.nl");
    final PlanningApi api = new PlanningApi(new MeetingPlanner(plans, groups, new GroupAccess(groups), clock),
            new CalendarFeeds(links, new DynamoApplicantStore(TestDynamo.client(), table), memberships, groups, plans, clock),
            audit);
    /** The deployed handler of these routes; its other services are not used here. */
    final AttendanceHandler handler = new AttendanceHandler(null, null, null, audit, api);

    void group(String id, String mode) {
        Group g = new Group(id, "Groep " + id, "Midden", "Utrecht", "Stadskantoor", "tuesday", "afternoon",
                "4 keer per jaar", "nl", mode, "Anne", "anne@example.org", null, 9, 52.09, 5.12, "open");
        groups.upsertFromCatalogue(g);
    }

    void leads(String groupId, String username) {
        groups.setFacilitatorUsername(groupId, username);
    }

    void member(String groupId, String applicantId, String joinedOn, String leftOn) {
        Membership m = new Membership(groupId, applicantId, LocalDate.parse(joinedOn), leftOn == null ? null : LocalDate.parse(leftOn));
        TestDynamo.client().putItem(b -> b.tableName(table).item(MembershipItems.toItem(m)));
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        Applicant a = ApplicantBuilder.applicant(applicantId).name("Naam " + applicantId).organisation("Ministerie " + applicantId)
                .mode("in-person").place("Utrecht").status(leftOn == null ? ApplicantStatus.PLACED : ApplicantStatus.LEFT)
                .createdAt(at).groupId(groupId).build();
        TestDynamo.client().putItem(b -> b.tableName(table).item(ApplicantItems.toItem(a, null)));
    }

    APIGatewayV2HTTPResponse coordinator(String method, String path, String body) {
        APIGatewayV2HTTPEvent event = body == null ? Events.request(method, path) : Events.json(method, path, body);
        return handler.handleRequest(Events.asCoordinator(event), null);
    }

    APIGatewayV2HTTPResponse facilitator(String username, String method, String path, String body) {
        APIGatewayV2HTTPEvent event = body == null ? Events.request(method, path) : Events.json(method, path, body);
        return handler.handleRequest(Events.withClaims(event, Map.of("sub", "sub-" + username, "username", username,
                "cognito:groups", "[facilitators]")), null);
    }

    APIGatewayV2HTTPResponse open(String path) {
        return handler.handleRequest(Events.request("GET", path), null);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> meetings(APIGatewayV2HTTPResponse response) {
        return (List<Map<String, Object>>) Json.parseObject(response.getBody(), nl.intervisie.http.Language.NL).get("meetings");
    }

    static Map<String, Object> body(APIGatewayV2HTTPResponse response) {
        return Json.parseObject(response.getBody(), nl.intervisie.http.Language.NL);
    }

    int planItems() {
        return (int) TestDynamo.client().scan(b -> b.tableName(table)).items().stream()
                .filter(i -> i.get("type") != null && "PLAN".equals(i.get("type").s())).count();
    }
}
