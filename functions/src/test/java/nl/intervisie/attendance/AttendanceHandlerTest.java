package nl.intervisie.attendance;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handler over API Gateway events: roles, routes, status codes, error bodies, audit. */
class AttendanceHandlerTest {
    private static final String MEETING = "/api/admin/groups/utrecht-1/meetings/2026-03-10";
    private static final String BODY = """
            {"start":"13:30","end":"16:30","method":"incidentmethode","facilitator":"Anne",
             "attendance":[{"applicantId":"a1","status":"present"},{"applicantId":"a2","status":"excused"}]}""";

    private final Fixture f = new Fixture();
    private final AuditLog audit = new AuditLog(TestDynamo.client(), f.table, Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
    private final AttendanceHandler handler = f.handler(audit);

    @BeforeEach
    void groupWithMembers() {
        f.group("utrecht-1");
        f.member("utrecht-1", "a1", "2025-01-01", null);
        f.member("utrecht-1", "a2", "2025-01-01", null);
        f.applicant("a1", "Zoë Eliëns");
        f.applicant("a2", "Bram de Vries");
    }

    private APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null);
    }

    private APIGatewayV2HTTPResponse asCoordinator(String method, String path, String body) {
        return call(Events.asCoordinator(body == null ? Events.request(method, path) : Events.json(method, path, body)));
    }

    @Test
    void everyRouteNeedsACoordinator() {
        for (String[] route : List.of(new String[]{"PUT", MEETING}, new String[]{"GET", MEETING},
                new String[]{"GET", "/api/admin/groups/utrecht-1/meetings"},
                new String[]{"GET", "/api/admin/attendance/reports/2026"})) {
            assertEquals(401, call(Events.json(route[0], route[1], BODY)).getStatusCode(), route[1]);
            var other = Events.withClaims(Events.json(route[0], route[1], BODY), Map.of("sub", "x", "cognito:groups", "[facilitators]"));
            assertEquals(403, call(other).getStatusCode(), route[1]);
        }
        assertEquals(0, f.items("MEETING").size());
    }

    @Test
    void recordsThenReplacesAndAuditsIdsOnly() {
        var created = asCoordinator("PUT", MEETING, BODY);
        assertEquals(201, created.getStatusCode(), created.getBody());
        Map<String, Object> json = Json.parseObject(created.getBody(), Language.NL);
        assertEquals("Incidentmethode", json.get("methodName"));
        assertEquals(3, ((Number) json.get("hours")).intValue());
        assertEquals(1, ((Number) json.get("present")).intValue());

        var replaced = asCoordinator("PUT", MEETING, BODY.replace("16:30", "16:00"));
        assertEquals(200, replaced.getStatusCode(), replaced.getBody());
        assertEquals("2.5", Json.parseObject(replaced.getBody(), Language.NL).get("hours").toString());

        var list = asCoordinator("GET", "/api/admin/groups/utrecht-1/meetings", null);
        assertEquals(200, list.getStatusCode());
        assertTrue(list.getBody().contains("\"date\":\"2026-03-10\""), list.getBody());
        var one = asCoordinator("GET", MEETING, null);
        assertTrue(one.getBody().contains("{\"applicantId\":\"a2\",\"status\":\"excused\"}")
                || one.getBody().contains("{\"status\":\"excused\",\"applicantId\":\"a2\"}"), one.getBody());

        List<AuditLog.Entry> entries = audit.month("2026-11");
        // both at the same (fixed) instant, so compare without order
        assertEquals(java.util.Set.of("meeting.replace", "meeting.record"),
                java.util.Set.copyOf(entries.stream().map(AuditLog.Entry::action).toList()));
        assertEquals(2, entries.size());
        assertEquals(List.of("GROUP#utrecht-1", "MEETING#2026-03-10"), entries.get(0).targets());
        assertEquals("coordinator-1", entries.get(0).actor());
    }

    @Test
    void badRequestsGetAClearErrorBody() {
        var notJson = asCoordinator("PUT", MEETING, "start=13:30");
        assertEquals(400, notJson.getStatusCode());
        assertTrue(notJson.getBody().startsWith("{\"errors\":[{"), notJson.getBody());

        var future = asCoordinator("PUT", "/api/admin/groups/utrecht-1/meetings/2027-01-01", BODY);
        assertEquals(400, future.getStatusCode());
        assertTrue(future.getBody().contains("\"field\":\"date\""), future.getBody());

        var en = Events.asCoordinator(Events.json("PUT", MEETING, BODY.replace("incidentmethode", "x")));
        en.getHeaders().put("accept-language", "en");
        assertTrue(call(en).getBody().contains("This method is not in the list of methods."));

        assertEquals(404, asCoordinator("PUT", "/api/admin/groups/nergens/meetings/2026-03-10", BODY).getStatusCode());
        assertEquals(404, asCoordinator("GET", "/api/admin/groups/nergens/meetings", null).getStatusCode());
        assertEquals(404, asCoordinator("GET", MEETING, null).getStatusCode(), "nothing recorded on that date yet");
        assertEquals(404, asCoordinator("GET", "/api/admin/attendance/nothing", null).getStatusCode());
        assertEquals(405, asCoordinator("POST", MEETING, BODY).getStatusCode());
        var badYear = Events.asCoordinator(Events.request("GET", "/api/admin/groups/utrecht-1/meetings"));
        badYear.setQueryStringParameters(Map.of("year", "twintig"));
        assertEquals(400, call(badYear).getStatusCode());
        assertEquals(400, asCoordinator("GET", "/api/admin/attendance/reports/26", null).getStatusCode());
        var huge = asCoordinator("PUT", MEETING, "{\"facilitator\":\"" + "x".repeat(40_000) + "\"}");
        assertEquals(413, huge.getStatusCode());
        assertFalse(f.items("MEETING").stream().findAny().isPresent(), "nothing written");
    }
}
