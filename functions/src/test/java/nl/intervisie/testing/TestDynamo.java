package nl.intervisie.testing;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import nl.intervisie.store.TableSetup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * DynamoDB Local running in this test JVM (no network, no Docker), shared by all tests of the JVM.
 * Each test class takes a fresh table, so tests never see each other's items.
 */
public final class TestDynamo {
    private static final AmazonDynamoDBLocal SERVER = DynamoDBEmbedded.create();
    private static final DynamoDbClient CLIENT = SERVER.dynamoDbClient();
    private static final AtomicInteger TABLES = new AtomicInteger();

    static {
        // DynamoDB Local leaves non-daemon threads behind: stop it when the JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(SERVER::shutdown));
    }

    private TestDynamo() {
    }

    public static DynamoDbClient client() {
        return CLIENT;
    }

    /** Creates an empty table with the production layout and returns its name. */
    public static String freshTable() {
        String name = "test-" + TABLES.incrementAndGet();
        TableSetup.create(CLIENT, name);
        return name;
    }
}
