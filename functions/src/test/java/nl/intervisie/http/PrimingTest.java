package nl.intervisie.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimingTest {
    /** A handler that records what reaches it. */
    static final class Recording extends ApiHandler {
        final List<String> seen = new ArrayList<>();

        Recording() {
            open("GET", "/api/things/{id}", request -> {
                seen.add(request.method() + " " + request.path() + " claims=" + request.claims().size()
                        + " body=" + request.body());
                return ApiResponse.json(200, Map.of("ok", true));
            });
            open("POST", "/api/things", request -> {
                seen.add("POST");
                return ApiResponse.json(201, Map.of());
            });
        }
    }

    @Test
    void primingCallsTheTableAndRunsTheFirstRouteWithoutIdentityOrBody() {
        Recording handler = new Recording();
        String table = TestDynamo.freshTable();
        AtomicInteger tableCalls = new AtomicInteger();
        int status = Priming.prime(handler, () -> {
            TestDynamo.client().describeTable(b -> b.tableName(table));
            tableCalls.incrementAndGet();
        });
        assertEquals(1, tableCalls.get());
        assertEquals(200, status);
        assertEquals(List.of("GET /api/things/priming claims=0 body="), handler.seen);
    }

    @Test
    void aFailingTableCallDoesNotStopTheSampleRequest() {
        Recording handler = new Recording();
        int status = Priming.prime(handler, () -> {
            throw new IllegalStateException("no table");
        });
        assertEquals(200, status);
        assertEquals(1, handler.seen.size());
    }

    @Test
    void aHandlerWithoutRoutesIsPrimedWithItsNotFoundAnswer() {
        ApiHandler empty = new ApiHandler() {
        };
        assertEquals(404, Priming.prime(empty, () -> { }));
        APIGatewayV2HTTPEvent sample = Priming.sampleRequest(empty);
        assertEquals("GET", sample.getRequestContext().getHttp().getMethod());
        assertNull(sample.getBody());
    }

    @Test
    void registersOnlyWhenTheInitEndsInASnapshot() {
        Recording handler = new Recording();
        int before = Priming.registered();
        assertFalse(Priming.registerIfSnapshotted(handler, name -> null));
        assertFalse(Priming.registerIfSnapshotted(handler, name -> "on-demand"));
        assertEquals(before, Priming.registered());
        assertTrue(Priming.registerIfSnapshotted(handler,
                name -> name.equals("AWS_LAMBDA_INITIALIZATION_TYPE") ? "snap-start" : null));
        assertEquals(before + 1, Priming.registered());
    }
}
