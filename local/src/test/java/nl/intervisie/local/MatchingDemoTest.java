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

/** Issue 5's "done when": through the local server a coordinator creates, reads and accepts a proposal for the demo applicants. */
class MatchingDemoTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private static final String BASE = "/api/admin/matching/proposals";

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorCreatesReadsAndAcceptsAProposalForTheDemoApplicants() {
        var created = server.send(server.asAdmin(BASE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeLimitSeconds\": 3}")));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> proposal = Json.parseObject(created.body(), Language.NL);
        int placed = ((Number) proposal.get("placedCount")).intValue();
        int waiting = ((Number) proposal.get("waitingCount")).intValue();
        assertTrue(placed > 0 && placed + waiting >= DemoData.WAITING, placed + " placed, " + waiting + " waiting");
        assertTrue(!created.body().contains("(demo)"), "names stay out of proposals");
        String id = (String) proposal.get("id");

        var read = server.send(server.asAdmin(BASE + "/" + id).GET());
        assertEquals(200, read.statusCode());

        List<String> placedIds = new java.util.ArrayList<>();
        var accepted = server.send(server.asAdmin(BASE + "/" + id + "/accept").POST(HttpRequest.BodyPublishers.noBody()));
        if (accepted.statusCode() == 422) { // too many for one transaction: per group
            for (Object a : (List<Object>) proposal.get("assignments")) {
                String group = (String) ((Map<String, Object>) a).get("groupId");
                var one = server.send(server.asAdmin(BASE + "/" + id + "/accept?group=" + group)
                        .POST(HttpRequest.BodyPublishers.noBody()));
                if (one.statusCode() == 200) {
                    placedIds.addAll((List<String>) Json.parseObject(one.body(), Language.NL).get("placedApplicantIds"));
                }
            }
        } else {
            assertEquals(200, accepted.statusCode(), accepted.body());
            placedIds.addAll((List<String>) Json.parseObject(accepted.body(), Language.NL).get("placedApplicantIds"));
        }
        // Every placed demo applicant got the placement mail at their own address.
        var addresses = server.outbox().stream().map(m -> m.mail().to()).toList();
        List<String> demoPlaced = placedIds.stream().filter(p -> p.startsWith("demo-")).toList();
        assertTrue(demoPlaced.size() >= 20, demoPlaced.size() + " demo applicants placed");
        for (String p : demoPlaced) {
            assertTrue(addresses.contains(p + "@example.org"), "mail for " + p);
        }
        var again = server.send(server.asAdmin(BASE + "/" + id + "/accept").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(409, again.statusCode());
    }
}
