package nl.intervisie.health;

import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.testing.Events;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HealthHandlerTest {
    @Test
    void okWhenTheTableAnswers() {
        var handler = new HealthHandler(TestDynamo.client(), TestDynamo.freshTable());
        var response = handler.handleRequest(Events.request("GET", "/api/health"), null);
        assertEquals(200, response.getStatusCode());
        assertEquals(Map.of("status", "ok", "table", "ACTIVE"), Json.parseObject(response.getBody(), Language.NL));
    }

    @Test
    void unavailableWhenTheTableIsMissing() {
        var handler = new HealthHandler(TestDynamo.client(), "no-such-table");
        var response = handler.handleRequest(Events.request("GET", "/api/health"), null);
        assertEquals(503, response.getStatusCode());
    }
}
