package nl.intervisie.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/** Creates the table as template.yaml declares it; used by the local server and the tests (SAM creates it when deployed). */
public final class TableSetup {
    private TableSetup() {
    }

    public static void create(DynamoDbClient client, String tableName) {
        client.createTable(b -> b.tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attribute(Keys.PK), attribute(Keys.SK), attribute(Keys.GSI1_PK), attribute(Keys.GSI1_SK))
                .keySchema(key(Keys.PK, KeyType.HASH), key(Keys.SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(Keys.GSI1)
                        .keySchema(key(Keys.GSI1_PK, KeyType.HASH), key(Keys.GSI1_SK, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));
        client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        client.updateTimeToLive(b -> b.tableName(tableName).timeToLiveSpecification(
                TimeToLiveSpecification.builder().attributeName(Keys.TTL).enabled(true).build()));
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
