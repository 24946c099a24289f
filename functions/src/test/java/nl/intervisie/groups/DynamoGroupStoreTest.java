package nl.intervisie.groups;

import nl.intervisie.store.Keys;
import nl.intervisie.testing.TestDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue loads into DynamoDB Local and re-loading never resets what the back end counts. */
class DynamoGroupStoreTest {
    private final String table = TestDynamo.freshTable();
    private final DynamoGroupStore store = new DynamoGroupStore(TestDynamo.client(), table);

    @Test
    void catalogueLoadsEveryGroup() {
        List<Group> catalogue = GroupCatalogue.load();
        assertTrue(catalogue.size() >= 10, "demo catalogue has groups");
        assertTrue(catalogue.stream().anyMatch(g -> g.language().equals("en") && g.online()), "an English online group");
        catalogue.forEach(store::upsertFromCatalogue);
        List<GroupStore.StoredGroup> stored = store.list();
        assertEquals(catalogue.size(), stored.size());
        assertEquals(Map.copyOf(byId(catalogue)), Map.copyOf(byId(stored.stream().map(GroupStore.StoredGroup::group).toList())));
        assertTrue(stored.stream().allMatch(g -> g.memberCount() == 0));
    }

    @Test
    void reloadingKeepsTheMemberCount() {
        Group group = GroupCatalogue.load().getFirst();
        store.upsertFromCatalogue(group);
        TestDynamo.client().updateItem(b -> b.tableName(table)
                .key(Map.of(Keys.PK, AttributeValue.fromS("GROUP#" + group.id()), Keys.SK, AttributeValue.fromS("GROUP")))
                .updateExpression("SET memberCount = :n")
                .expressionAttributeValues(Map.of(":n", AttributeValue.fromN("4"))));
        Group renamed = new Group(group.id(), "Nieuwe naam", group.region(), group.city(), group.venue(), group.day(),
                group.frequency(), group.language(), group.mode(), group.facilitator(), 7, group.latitude(), group.longitude());
        store.upsertFromCatalogue(renamed);
        GroupStore.StoredGroup stored = store.list().getFirst();
        assertEquals(renamed, stored.group());
        assertEquals(4, stored.memberCount());
    }

    private static Map<String, Group> byId(List<Group> groups) {
        return groups.stream().collect(java.util.stream.Collectors.toMap(Group::id, g -> g));
    }
}
