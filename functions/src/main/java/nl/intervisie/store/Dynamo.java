package nl.intervisie.store;

import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;

/**
 * The DynamoDB client and table name, built once per container (a Lambda cold start pays for this once).
 * The UrlConnection HTTP client starts faster and is smaller than the Apache or Netty clients; region and (in
 * Lambda) credentials are named outright, so the SDK does not walk its provider chains (profile files, IMDS).
 */
public final class Dynamo {
    /** Table name: TABLE_NAME. Endpoint override for the local server: DYNAMODB_ENDPOINT. */
    private static final class Holder {
        static final DynamoDbClient CLIENT = build();
    }

    private Dynamo() {
    }

    public static DynamoDbClient client() {
        return Holder.CLIENT;
    }

    public static String tableName() {
        return Config.require("TABLE_NAME");
    }

    private static DynamoDbClient build() {
        var builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(Config.get("AWS_REGION", "eu-central-1")));
        // Lambda puts the role's credentials in the environment; locally the default chain finds the stand-ins.
        if (System.getenv("AWS_ACCESS_KEY_ID") != null) {
            builder.credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        String endpoint = Config.get("DYNAMODB_ENDPOINT", null);
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }
}
