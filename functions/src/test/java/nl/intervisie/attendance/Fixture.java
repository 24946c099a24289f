package nl.intervisie.attendance;

import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.groups.DynamoGroupStore;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.Membership;
import nl.intervisie.http.Language;
import nl.intervisie.testing.TestDynamo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fresh table with groups, members and applicants written in their production formats, and a service on it. */
final class Fixture {
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final AttendanceRules RULES = new AttendanceRules(3, 32, 4);

    final String table = TestDynamo.freshTable();
    final DynamoAttendanceStore store = new DynamoAttendanceStore(TestDynamo.client(), table);
    final AttendanceService service = new AttendanceService(store, Methods.load(), RULES,
            Clock.fixed(NOW, ZoneOffset.UTC), Map.of("utrecht-1", "Utrecht 1"));

    /** Mail the handler sent (proofs), oldest first. */
    final List<nl.intervisie.mail.Mail> mails = new ArrayList<>();
    static final byte[] KEY = "a-test-key-of-at-least-32-characters!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    final StatementLinks links = new StatementLinks(() -> KEY, Clock.fixed(NOW, ZoneOffset.UTC),
            java.time.Duration.ofDays(365), "https://intervisie.example.nl");

    /** The handler as deployed, on this table: access by the group's facilitatorUsername, proofs into {@link #mails}. */
    AttendanceHandler handler(nl.intervisie.audit.AuditLog audit) {
        var groups = new DynamoGroupStore(TestDynamo.client(), table);
        var proofs = new MeetingProofs(service, new nl.intervisie.applicants.DynamoApplicantStore(TestDynamo.client(), table),
                mails::add, links, new nl.intervisie.signup.ApplicantLinks(
                        new nl.intervisie.links.SignedLinks(() -> KEY, Clock.fixed(NOW, ZoneOffset.UTC)), "https://intervisie.example.nl"),
                new nl.intervisie.mail.MailContact(false, "https://intervisie.example.nl"));
        return new AttendanceHandler(service, new GroupMeetings(service, new nl.intervisie.groups.GroupAccess(groups), proofs),
                links, audit, planning(groups, audit));
    }

    /** The planning routes on this table, at {@link #NOW}. */
    private nl.intervisie.planning.PlanningApi planning(DynamoGroupStore groups, nl.intervisie.audit.AuditLog audit) {
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var plans = new nl.intervisie.planning.DynamoPlanStore(TestDynamo.client(), table);
        var memberships = new nl.intervisie.groups.DynamoMembershipStore(TestDynamo.client(), table);
        var feeds = new nl.intervisie.planning.CalendarFeeds(new nl.intervisie.planning.CalendarLinks(
                new nl.intervisie.links.SignedLinks(() -> KEY, clock), "https://intervisie.example.nl"),
                new nl.intervisie.applicants.DynamoApplicantStore(TestDynamo.client(), table), memberships, groups, plans, clock);
        return new nl.intervisie.planning.PlanningApi(new nl.intervisie.planning.MeetingPlanner(plans, groups,
                new nl.intervisie.groups.GroupAccess(groups), clock), feeds, audit);
    }

    /** Makes a facilitator (by Cognito username) the leader of the group. */
    void leads(String groupId, String username) {
        new DynamoGroupStore(TestDynamo.client(), table).setFacilitatorUsername(groupId, username);
    }

    void group(String id) {
        new DynamoGroupStore(TestDynamo.client(), table).upsertFromCatalogue(new Group(id, "Groep " + id, "Midden",
                "Utrecht", "Stadskantoor", "dinsdag", "4x per jaar", "nl", "in-person", "Anne", 9, 52.09, 5.12));
    }

    void member(String groupId, String applicantId, String joinedOn, String leftOn) {
        Membership m = new Membership(groupId, applicantId, LocalDate.parse(joinedOn), leftOn == null ? null : LocalDate.parse(leftOn));
        TestDynamo.client().putItem(b -> b.tableName(table).item(nl.intervisie.groups.MembershipItems.toItem(m)));
    }

    void applicant(String id, String name) {
        applicant(id, name, "nl");
    }

    void applicant(String id, String name, String language) {
        put(id, name, id + "@example.org", language);
    }

    void applicantWithoutEmail(String id, String name) {
        put(id, name, "", "nl");
    }

    private void put(String id, String name, String email, String language) {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        Applicant a = ApplicantBuilder.applicant(id).name(name).email(email).organisation("Ministerie " + id)
                .mode("in-person").place("Utrecht").language(language).status(ApplicantStatus.PLACED).createdAt(at).build();
        TestDynamo.client().putItem(b -> b.tableName(table).item(ApplicantItems.toItem(a, null)));
    }

    /** A PUT body as a map (what Json.parseObject gives the service). */
    static Map<String, Object> body(String start, String end, String method, String facilitator, String... idStatus) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", start);
        body.put("end", end);
        body.put("method", method);
        body.put("facilitator", facilitator);
        List<Object> attendance = new ArrayList<>();
        for (int i = 0; i < idStatus.length; i += 2) {
            attendance.add(Map.of("applicantId", idStatus[i], "status", idStatus[i + 1]));
        }
        body.put("attendance", attendance);
        return body;
    }

    AttendanceService.Recorded record(String groupId, String date, Map<String, Object> body) {
        return service.record(groupId, date, body, Language.NL);
    }

    List<Map<String, AttributeValue>> items(String type) {
        return TestDynamo.client().scan(b -> b.tableName(table)).items().stream()
                .filter(i -> i.containsKey("type") && type.equals(i.get("type").s())).toList();
    }
}
