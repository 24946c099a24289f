package nl.intervisie.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.store.Config;
import nl.intervisie.store.Dynamo;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * SnapStart priming. Lambda snapshots a function version after its INIT; whatever ran before the snapshot is
 * loaded and initialised (classes, SDK client, JSON) for every later cold start. So, just before the snapshot
 * ({@link #beforeCheckpoint}), this makes one DynamoDB call (DescribeTable: the SDK's whole request path —
 * signing, HTTP, JSON protocol) and runs one sample request through the handler (routing, request parsing,
 * error and JSON response). The sample request has no identity and no body: admin routes stop at 401 and
 * sign-up at its input checks, so priming never writes anything.
 */
public final class Priming implements Resource {
    /** CRaC's context keeps resources weakly: these must stay reachable until the snapshot. */
    private static final List<Priming> REGISTERED = new CopyOnWriteArrayList<>();

    private final ApiHandler handler;

    private Priming(ApiHandler handler) {
        this.handler = handler;
    }

    /**
     * Registers the handler for priming when this INIT ends in a snapshot (Lambda sets
     * AWS_LAMBDA_INITIALIZATION_TYPE=snap-start then); otherwise does nothing, not even load the CRaC classes.
     */
    static boolean registerIfSnapshotted(ApiHandler handler, Function<String, String> environment) {
        if (!"snap-start".equals(environment.apply("AWS_LAMBDA_INITIALIZATION_TYPE"))) {
            return false;
        }
        Priming priming = new Priming(handler);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return true;
    }

    static int registered() {
        return REGISTERED.size();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        String table = Config.get("TABLE_NAME", null);
        prime(handler, table == null ? () -> { } : () -> Dynamo.client().describeTable(b -> b.tableName(table)));
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the SDK client re-resolves connections and credentials on use.
    }

    /**
     * The priming work: the table call, then the sample request. Never throws (a failed priming only means a
     * slower first request). Returns the sample's status, or -1.
     */
    static int prime(ApiHandler handler, Runnable tableCall) {
        try {
            tableCall.run();
        } catch (RuntimeException e) {
            Log.warn("priming: DescribeTable failed", "exception", e.getClass().getSimpleName());
        }
        try {
            APIGatewayV2HTTPResponse response = handler.handleRequest(sampleRequest(handler), null);
            return response.getStatusCode();
        } catch (RuntimeException e) {
            Log.warn("priming: sample request failed", "exception", e.getClass().getSimpleName());
            return -1;
        }
    }

    /** The handler's first route, with placeholders for path parameters; no identity, no body. */
    static APIGatewayV2HTTPEvent sampleRequest(ApiHandler handler) {
        String[] route = handler.firstRoute();
        String method = route == null ? "GET" : route[0];
        String path = route == null ? "/api/priming" : route[1].replaceAll("\\{[^}/]+}", "priming");
        HashMap<String, String> headers = new HashMap<>();
        headers.put("accept", "application/json");
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRawPath(path)
                .withHeaders(headers)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                        .build())
                .build();
    }
}
