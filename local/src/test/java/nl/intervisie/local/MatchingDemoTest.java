package nl.intervisie.local;

import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 5's "done when": through the local server a coordinator creates, reads and applies a proposal for the demo applicants. */
class MatchingDemoTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static final String BASE = "/api/admin/matching/proposals";

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorCreatesReadsAndAppliesAProposalForTheDemoApplicants() {
        var created = server.send(server.asAdmin(BASE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\": 3}")));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> proposal = Json.parseObject(created.body(), Language.NL);
        int placed = ((Number) proposal.get("placedCount")).intValue();
        int waiting = ((Number) proposal.get("waitingCount")).intValue();
        assertTrue(placed > 0 && placed + waiting >= DemoData.WAITING, placed + " placed, " + waiting + " waiting");
        assertTrue(created.body().contains("(demo)"), "the review names the people");
        String id = (String) proposal.get("id");

        var read = server.send(server.asAdmin(BASE + "/" + id).GET());
        assertEquals(200, read.statusCode());

        // One action applies the whole proposal, group by group: more placements than one transaction could hold.
        var applied = server.send(server.asAdmin(BASE + "/" + id + "/apply").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, applied.statusCode(), applied.body());
        Map<String, Object> answer = Json.parseObject(applied.body(), Language.NL);
        List<String> placedIds = new java.util.ArrayList<>();
        for (Object g : (List<Object>) answer.get("groups")) {
            Map<String, Object> group = (Map<String, Object>) g;
            assertEquals("applied", group.get("result"), group.toString());
            for (Object x : (List<Object>) group.get("placed")) {
                placedIds.add((String) ((Map<String, Object>) x).get("applicantId"));
            }
        }
        assertEquals(placed, placedIds.size());
        // Every placed demo applicant got the placement mail at their own address.
        var addresses = server.outbox().stream().map(m -> m.mail().to()).toList();
        List<String> demoPlaced = placedIds.stream().filter(p -> p.startsWith("demo-")).toList();
        assertTrue(demoPlaced.size() >= 20, demoPlaced.size() + " demo applicants placed");
        for (String p : demoPlaced) {
            assertTrue(addresses.contains(p + "@example.org"), "mail for " + p);
        }
        int mails = server.outbox().size();
        var again = server.send(server.asAdmin(BASE + "/" + id + "/apply").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("already-applied") && !again.body().contains("\"result\":\"applied\""), again.body());
        assertEquals(mails, server.outbox().size(), "a second apply sends nothing");
    }
}
