package nl.intervisie.groups;

import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Groups in the single table (format in {@link GroupItems}). */
public final class DynamoGroupStore implements GroupStore {
    private final DynamoDbClient client;
    private final String table;

    public DynamoGroupStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public void upsertFromCatalogue(Group g) {
        client.updateItem(GroupItems.upsert(table, g));
    }

    @Override
    public List<StoredGroup> list() {
        List<StoredGroup> groups = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", GroupItems.listKey())))
                .items().forEach(item -> groups.add(GroupItems.fromItem(item)));
        return groups;
    }

    @Override
    public boolean exists(String groupId) {
        var item = client.getItem(b -> b.tableName(table).key(GroupItems.key(groupId)).projectionExpression("pk")).item();
        return item != null && !item.isEmpty();
    }
}
