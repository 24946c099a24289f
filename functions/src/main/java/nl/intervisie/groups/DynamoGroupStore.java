package nl.intervisie.groups;

import nl.intervisie.store.Dynamo;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/** Groups in the single table: pk GROUP#{id}, sk GROUP, listed through gsi1 (GROUPS). */
public final class DynamoGroupStore implements GroupStore {
    private final DynamoDbClient client;
    private final String table;

    public DynamoGroupStore() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    public DynamoGroupStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public void upsertFromCatalogue(Group g) {
        Map<String, AttributeValue> facts = new LinkedHashMap<>();
        facts.put(Keys.GSI1_PK, s("GROUPS"));
        facts.put(Keys.GSI1_SK, s(g.id()));
        facts.put("id", s(g.id()));
        facts.put("name", s(g.name()));
        facts.put("region", s(g.region()));
        facts.put("city", s(g.city()));
        facts.put("venue", s(g.venue()));
        facts.put("day", s(g.day()));
        facts.put("frequency", s(g.frequency()));
        facts.put("language", s(g.language()));
        facts.put("mode", s(g.mode()));
        facts.put("facilitator", s(g.facilitator()));
        facts.put("capacity", n(g.capacity()));
        facts.put("latitude", AttributeValue.fromN(Double.toString(g.latitude())));
        facts.put("longitude", AttributeValue.fromN(Double.toString(g.longitude())));
        // Every attribute through a placeholder: several names (name, region, capacity…) are reserved words.
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        StringBuilder update = new StringBuilder("SET ");
        int i = 0;
        for (var fact : facts.entrySet()) {
            names.put("#a" + i, fact.getKey());
            values.put(":v" + i, fact.getValue());
            update.append("#a").append(i).append(" = :v").append(i).append(", ");
            i++;
        }
        update.append("memberCount = if_not_exists(memberCount, :zero)");
        values.put(":zero", n(0));
        client.updateItem(b -> b.tableName(table)
                .key(Map.of(Keys.PK, s("GROUP#" + g.id()), Keys.SK, s("GROUP")))
                .updateExpression(update.toString())
                .expressionAttributeNames(names)
                .expressionAttributeValues(values));
    }

    @Override
    public List<StoredGroup> list() {
        List<StoredGroup> groups = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("GROUPS"))))
                .items().forEach(item -> groups.add(fromItem(item)));
        return groups;
    }

    static StoredGroup fromItem(Map<String, AttributeValue> item) {
        Group group = new Group(Items.string(item, "id"), Items.string(item, "name"), Items.string(item, "region"),
                Items.string(item, "city"), Items.string(item, "venue"), Items.string(item, "day"),
                Items.string(item, "frequency"), Items.string(item, "language"), Items.string(item, "mode"),
                Items.string(item, "facilitator"), (int) Items.number(item, "capacity", Group.MAX_CAPACITY),
                Double.parseDouble(item.get("latitude").n()), Double.parseDouble(item.get("longitude").n()));
        return new StoredGroup(group, (int) Items.number(item, "memberCount", 0));
    }
}
