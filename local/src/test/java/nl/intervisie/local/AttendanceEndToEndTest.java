package nl.intervisie.local;

import nl.intervisie.applicants.ApplicantBuilder;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.groups.Group;
import nl.intervisie.groups.GroupCatalogue;
import nl.intervisie.groups.Membership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the local server as a coordinator uses it: members seeded into DynamoDB Local, a meeting recorded over
 * HTTP with the printed admin token, then the year report downloaded as CSV and a statement opened.
 */
class AttendanceEndToEndTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void coordinatorRecordsAMeetingAndDownloadsReportAndStatement() {
        List<Group> catalogue = GroupCatalogue.load();
        String groupId = catalogue.get(catalogue.size() - 1).id();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate date = today.minusDays(10);
        String zoe = "e2e-att-zoe";
        String bram = "e2e-att-bram";
        seed(groupId, zoe, "Zoë Eliëns", today.minusDays(60));
        seed(groupId, bram, "Bram de Vries", today.minusDays(60));

        // Everyone who was a member that day must be listed (the demo data may have members in this group too).
        StringJoiner attendance = new StringJoiner(",");
        for (String id : activeMembers(groupId, date)) {
            attendance.add("{\"applicantId\":\"" + id + "\",\"status\":\"" + (id.equals(bram) ? "excused" : "present") + "\"}");
        }
        String body = "{\"start\":\"13:30\",\"end\":\"16:30\",\"method\":\"incidentmethode\",\"facilitator\":\"Anne\","
                + "\"attendance\":[" + attendance + "]}";
        String meetingPath = "/api/admin/groups/" + groupId + "/meetings/" + date;
        var recorded = server.send(server.asAdmin(meetingPath).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertTrue(recorded.statusCode() == 201 || recorded.statusCode() == 200, recorded.body());
        var again = server.send(server.asAdmin(meetingPath).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, again.statusCode(), "recording again replaces");

        var list = server.send(server.asAdmin("/api/admin/groups/" + groupId + "/meetings?year=" + date.getYear()).GET());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"date\":\"" + date + "\""), list.body());

        var csv = server.send(server.asAdmin("/api/admin/attendance/reports/" + date.getYear() + "?format=csv").GET());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFdeelnemer-id;naam;"), "BOM and Dutch header");
        assertTrue(csv.body().contains("\r\ne2e-att-zoe;Zoë Eliëns;" + groupId + ";1;0;0;3;3;nee\r\n"), csv.body());
        assertTrue(csv.body().contains("\r\ne2e-att-bram;Bram de Vries;" + groupId + ";0;1;0;0;3;nee\r\n"), csv.body());

        var statement = server.send(server.asAdmin("/api/admin/attendance/statements/" + zoe + "?year=" + date.getYear()).GET());
        assertEquals(200, statement.statusCode());
        assertTrue(statement.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = statement.body();
        assertTrue(html.contains("<html lang=\"nl\">") && html.contains("Zoë Eliëns") && html.contains("Incidentmethode")
                && html.contains("13:30–16:30") && html.contains("Anne"), html);
        assertTrue(html.contains("href=\"/css/statement.css\""));
        var css = server.get("/css/statement.css");
        assertEquals(200, css.statusCode(), "the statement's stylesheet is part of the built site");
        assertTrue(css.body().contains("@media print"));

        // The same report as JSON, and the statement for a re-certification period of four calendar years.
        var json = server.send(server.asAdmin("/api/admin/attendance/reports/" + date.getYear()).GET());
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("{\"applicantId\":\"e2e-att-zoe\",\"name\":\"Zoë Eliëns\",\"groups\":[\"" + groupId
                + "\"],\"attended\":1,\"excused\":0,\"absent\":0,\"hours\":3,\"required\":3,\"met\":false}"), json.body());
        var period = server.send(server.asAdmin("/api/admin/attendance/statements/" + zoe + "?from="
                + (date.getYear() - 3) + "-01-01&to=" + date.getYear() + "-12-31").GET());
        assertEquals(200, period.statusCode(), period.body());
        for (int y = date.getYear() - 3; y <= date.getYear(); y++) {
            assertTrue(period.body().contains(Integer.toString(y)), "every year of the period: " + y);
        }
        assertTrue(period.body().contains("13:30–16:30"));

        assertEquals(401, server.get("/api/admin/attendance/statements/" + zoe).statusCode());
    }

    private static void seed(String groupId, String id, String name, LocalDate joined) {
        Instant at = Instant.now();
        Applicant a = ApplicantBuilder.applicant(id).name(name).place("Utrecht").status(ApplicantStatus.PLACED)
                .createdAt(at).groupId(groupId).build();
        server.client().putItem(b -> b.tableName(server.table()).item(ApplicantItems.toItem(a, null)));
        server.client().putItem(b -> b.tableName(server.table()).item(nl.intervisie.groups.MembershipItems.toItem(new Membership(groupId, id, joined, null))));
    }

    private static List<String> activeMembers(String groupId, LocalDate date) {
        List<String> ids = new ArrayList<>();
        server.client().queryPaginator(b -> b.tableName(server.table())
                        .keyConditionExpression("pk = :p AND begins_with(sk, :m)")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("GROUP#" + groupId),
                                ":m", AttributeValue.fromS("MEMBER#"))))
                .items().stream().map(nl.intervisie.groups.MembershipItems::fromItem).filter(m -> m.activeOn(date))
                .forEach(m -> ids.add(m.applicantId()));
        return ids;
    }
}
