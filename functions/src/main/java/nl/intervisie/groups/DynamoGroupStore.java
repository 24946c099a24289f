package nl.intervisie.groups;

import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    public boolean create(Group group) {
        try {
            client.updateItem(GroupItems.create(table, group));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public UpdateResult update(Group group, long expectedVersion) {
        try {
            client.updateItem(GroupItems.update(table, group, expectedVersion));
            return UpdateResult.UPDATED;
        } catch (ConditionalCheckFailedException e) {
            // Which condition failed: read again (nothing was written either way).
            Optional<StoredGroup> now = get(group.id());
            if (now.isEmpty()) {
                return UpdateResult.NO_GROUP;
            }
            if (now.get().version() != expectedVersion) {
                return UpdateResult.STALE;
            }
            return now.get().memberCount() > group.capacity() ? UpdateResult.TOO_SMALL : UpdateResult.HAS_MEMBERS;
        }
    }

    @Override
    public Optional<StoredGroup> get(String groupId) {
        var item = client.getItem(b -> b.tableName(table).key(GroupItems.key(groupId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(GroupItems.fromItem(item));
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

    @Override
    public Optional<String> facilitatorUsername(String groupId) {
        var item = client.getItem(GroupItems.facilitatorUsernameGet(table, groupId)).item();
        return Optional.ofNullable(item == null ? null : GroupItems.facilitatorUsername(item));
    }

    @Override
    public List<String> ledBy(String username) {
        return client.queryPaginator(GroupItems.ledBy(table, username)).items().stream()
                .map(item -> item.get("id").s()).sorted().toList();
    }

    @Override
    public boolean setFacilitatorUsername(String groupId, String username) {
        try {
            client.updateItem(GroupItems.setFacilitatorUsername(table, groupId, username));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
