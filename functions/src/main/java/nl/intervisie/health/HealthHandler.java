package nl.intervisie.health;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.intervisie.http.ApiHandler;
import nl.intervisie.http.ApiRequest;
import nl.intervisie.http.ApiResponse;
import nl.intervisie.store.Dynamo;
import nl.intervisie.http.Log;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Map;

/** GET /api/health: 200 when the table answers, 503 when it does not (for uptime checks). */
public final class HealthHandler extends ApiHandler {
    private final DynamoDbClient client;
    private final String table;

    public HealthHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    public HealthHandler(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
        open("GET", "/api/health", this::health);
    }

    private APIGatewayV2HTTPResponse health(ApiRequest request) {
        try {
            String status = client.describeTable(b -> b.tableName(table)).table().tableStatusAsString();
            return ApiResponse.json(200, Map.of("status", "ok", "table", status));
        } catch (SdkException e) {
            Log.error("health: table unreachable", "exception", e.getClass().getSimpleName());
            return ApiResponse.json(503, Map.of("status", "unavailable"));
        }
    }
}
