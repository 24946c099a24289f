package nl.intervisie.http;

import nl.intervisie.testing.Events;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiRequestTest {
    @Test
    void bodyOverTheLimitIs413() {
        var event = Events.json("POST", "/api/x", "{\"a\":\"" + "x".repeat(ApiRequest.MAX_BODY_BYTES) + "\"}");
        ApiException e = assertThrows(ApiException.class, () -> new ApiRequest(event).body());
        assertEquals(413, e.status());
        assertTrue(e.errors().getFirst().message().contains("te groot"));
    }

    @Test
    void base64BodyOverTheLimitIs413BeforeDecoding() {
        var event = Events.request("POST", "/api/x");
        event.setIsBase64Encoded(true);
        event.setBody(Base64.getEncoder().encodeToString(new byte[ApiRequest.MAX_BODY_BYTES + 10]));
        assertEquals(413, assertThrows(ApiException.class, () -> new ApiRequest(event).body()).status());
    }

    @Test
    void bodyJustUnderTheLimitIsRead() {
        String body = "x".repeat(ApiRequest.MAX_BODY_BYTES);
        assertEquals(body, new ApiRequest(Events.json("POST", "/api/x", body)).body());
    }

    @Test
    void invalidBase64Is400() {
        var event = Events.request("POST", "/api/x");
        event.setIsBase64Encoded(true);
        event.setBody("%%% not base64 %%%");
        assertEquals(400, assertThrows(ApiException.class, () -> new ApiRequest(event).body()).status());
    }

    @Test
    void invalidUtf8Is400() {
        var event = Events.request("POST", "/api/x");
        event.setIsBase64Encoded(true);
        event.setBody(Base64.getEncoder().encodeToString(new byte[]{(byte) 0xC3, (byte) 0x28}));
        assertEquals(400, assertThrows(ApiException.class, () -> new ApiRequest(event).body()).status());
    }

    @Test
    void brokenJsonIs400InDutchByDefault() {
        for (String body : new String[]{"{", "[1,2]", "\"text\"", "42", "{\"a\":}", "", "null"}) {
            ApiException e = assertThrows(ApiException.class,
                    () -> new ApiRequest(Events.json("POST", "/api/x", body)).jsonBody(), body);
            assertEquals(400, e.status(), body);
            assertTrue(e.errors().getFirst().message().startsWith("De aanvraag"), body);
        }
    }

    @Test
    void brokenJsonIs400InEnglishWhenAsked() {
        var event = Events.json("POST", "/api/x", "{oops");
        event.getHeaders().put("accept-language", "en-GB,en;q=0.9");
        ApiException e = assertThrows(ApiException.class, () -> new ApiRequest(event).jsonBody());
        assertEquals("The request is not a valid JSON object.", e.errors().getFirst().message());
    }

    @Test
    void jsonObjectIsParsed() {
        Map<String, Object> body = new ApiRequest(Events.json("POST", "/api/x", "{\"name\":\"Ada\",\"n\":2}")).jsonBody();
        assertEquals("Ada", body.get("name"));
        assertEquals(2, ((Number) body.get("n")).intValue());
    }

    @Test
    void formBodyIsDecodedFromBase64() {
        var event = Events.request("POST", "/api/x");
        event.getHeaders().put("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        event.setIsBase64Encoded(true);
        event.setBody(Base64.getEncoder().encodeToString("naam=Jos%C3%A9+de+Vries&empty=&flag".getBytes(StandardCharsets.UTF_8)));
        ApiRequest request = new ApiRequest(event);
        assertEquals("application/x-www-form-urlencoded", request.contentType());
        assertEquals(Map.of("naam", "José de Vries", "empty", "", "flag", ""), request.formBody());
    }

    @Test
    void malformedFormEscapeIs400() {
        var event = Events.request("POST", "/api/x");
        event.setBody("naam=%E0%A4%A");
        assertEquals(400, assertThrows(ApiException.class, () -> new ApiRequest(event).formBody()).status());
    }
}
