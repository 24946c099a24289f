package nl.intervisie.http;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.jr.ob.JSON;
import nl.intervisie.testing.Events;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LogTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream before = Log.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));

    @AfterEach
    void restore() {
        Log.redirect(before);
    }

    private List<Map<String, Object>> lines() throws Exception {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.std.mapFrom(line)); // every line is one JSON object
            }
        }
        return lines;
    }

    private static final class Failing extends ApiHandler {
        Failing() {
            open("POST", "/api/fail", r -> {
                throw new IllegalStateException("could not store Anne de Vries <anne@example.org>");
            });
            open("GET", "/api/ok", r -> ApiResponse.json(200, Map.of("ok", true)));
        }
    }

    @Test
    void aFailureIsOneJsonLineWithTheRequestIdAndTheExceptionClassButNotItsMessage() throws Exception {
        var handler = new Failing();
        var response = handler.handleRequest(Events.json("POST", "/api/fail", "{\"name\":\"Anne de Vries\"}"), context("req-123"));
        assertEquals(500, response.getStatusCode());
        List<Map<String, Object>> lines = lines();
        assertEquals(1, lines.size(), captured.toString(StandardCharsets.UTF_8));
        Map<String, Object> line = lines.get(0);
        assertEquals("ERROR", line.get("level"));
        assertEquals("request failed", line.get("message"));
        assertEquals("req-123", line.get("requestId"));
        assertEquals(IllegalStateException.class.getName(), line.get("exception"));
        String text = captured.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("Anne") || text.contains("example.org"), text);
    }

    @Test
    void linesCarryTheCurrentRequestIdAndFieldsAsJson() throws Exception {
        var handler = new Failing();
        handler.handleRequest(Events.request("GET", "/api/ok"), context("first"));
        Log.info("signup stored", "status", "WAITING", "count", 2);
        handler.handleRequest(Events.request("GET", "/api/ok"), context("second"));
        Log.warn("with \"quotes\"\nand a newline");
        List<Map<String, Object>> lines = lines();
        assertEquals(2, lines.size());
        assertEquals(Map.of("level", "INFO", "message", "signup stored", "requestId", "first", "coldStart",
                lines.get(0).get("coldStart"), "status", "WAITING", "count", 2), lines.get(0));
        assertEquals("second", lines.get(1).get("requestId"));
        assertEquals(Boolean.FALSE, lines.get(1).get("coldStart"), "only the container's first request is a cold start");
        assertEquals("with \"quotes\"\nand a newline", lines.get(1).get("message"));
    }

    static Context context(String requestId) {
        return new Context() {
            public String getAwsRequestId() { return requestId; }
            public String getLogGroupName() { return "test"; }
            public String getLogStreamName() { return "test"; }
            public String getFunctionName() { return "test"; }
            public String getFunctionVersion() { return "1"; }
            public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-central-1:000000000000:function:test"; }
            public CognitoIdentity getIdentity() { return null; }
            public ClientContext getClientContext() { return null; }
            public int getRemainingTimeInMillis() { return 10_000; }
            public int getMemoryLimitInMB() { return 1024; }
            public LambdaLogger getLogger() { return null; }
        };
    }
}
