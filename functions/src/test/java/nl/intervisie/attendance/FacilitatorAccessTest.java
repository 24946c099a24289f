package nl.intervisie.attendance;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import nl.intervisie.audit.AuditLog;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A facilitator on the meeting routes: their own group fully, any other group (or none) 403, before any write. */
class FacilitatorAccessTest {
    private static final String BODY = """
            {"start":"13:30","end":"16:30","method":"incidentmethode","facilitator":"Anne",
             "attendance":[{"applicantId":"a1","status":"present"}]}""";
    private final Fixture f = new Fixture();
    private final AuditLog audit = new AuditLog(TestDynamo.client(), f.table, Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
    private final AttendanceHandler handler = f.handler(audit);

    @BeforeEach
    void twoGroups() {
        f.group("utrecht-1");
        f.group("zwolle-1");
        f.member("utrecht-1", "a1", "2025-01-01", null);
        f.member("zwolle-1", "b1", "2025-01-01", null);
        f.applicant("a1", "Zoë Eliëns");
        f.applicant("b1", "Bram de Vries");
        f.leads("utrecht-1", "anne");
        f.leads("zwolle-1", "joost");
    }

    private static APIGatewayV2HTTPEvent as(String username, APIGatewayV2HTTPEvent event) {
        return Events.withClaims(event, Map.of("sub", "sub-" + username, "username", username,
                "cognito:groups", "[facilitators]"));
    }

    private int status(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, null).getStatusCode();
    }

    @Test
    void theirOwnGroupWorksAndTheAuditSaysAFacilitatorActed() {
        assertEquals(201, status(as("anne", Events.json("PUT", "/api/admin/groups/utrecht-1/meetings/2026-11-17", BODY))));
        assertEquals(200, status(as("anne", Events.request("GET", "/api/admin/groups/utrecht-1/meetings"))));
        assertEquals(200, status(as("anne", Events.request("GET", "/api/admin/groups/utrecht-1/meetings/2026-11-17"))));
        var entry = audit.month("2026-11").get(0);
        assertEquals("facilitator", entry.role());
        assertEquals("sub-anne", entry.actor());
        assertEquals("meeting.record", entry.action());
        assertEquals(1, f.mails.size(), "the proof went out");
    }

    @Test
    void anotherGroupOrAnUnknownOneIs403AndNothingIsWritten() {
        int before = TestDynamo.client().scan(b -> b.tableName(f.table)).count();
        String other = BODY.replace("a1", "b1");
        for (String group : new String[]{"zwolle-1", "no-such-group", "UTRECHT-1"}) {
            assertEquals(403, status(as("anne", Events.json("PUT", "/api/admin/groups/" + group + "/meetings/2026-11-17", other))), group);
            assertEquals(403, status(as("anne", Events.request("GET", "/api/admin/groups/" + group + "/meetings"))), group);
            assertEquals(403, status(as("anne", Events.request("GET", "/api/admin/groups/" + group + "/meetings/2026-11-17"))), group);
        }
        assertEquals(before, TestDynamo.client().scan(b -> b.tableName(f.table)).count(), "nothing written");
        assertEquals(0, f.mails.size());
        // The other group's own facilitator may; so may a coordinator, for any group.
        assertEquals(201, status(as("joost", Events.json("PUT", "/api/admin/groups/zwolle-1/meetings/2026-11-17", other))));
        assertEquals(200, status(Events.asCoordinator(Events.request("GET", "/api/admin/groups/zwolle-1/meetings"))));
    }

    @Test
    void reportsAndStatementsAreForCoordinatorsOnly() {
        assertEquals(403, status(as("anne", Events.request("GET", "/api/admin/attendance/reports/2026"))));
        assertEquals(403, status(as("anne", Events.request("GET", "/api/admin/attendance/statements/a1"))));
    }
}
