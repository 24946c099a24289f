package nl.intervisie.groups;

import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.LinkedHashMap;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The one owner of the group item: pk GROUP#{id}, sk GROUP, gsi1pk GROUPS, gsi1sk {id}; its memberCount is the
 * capacity counter. Every write of the count is one of the transaction pieces here, so its conditions live in one
 * place. Memberships, meetings and attendance share the group's partition ({@link #pk}).
 */
public final class GroupItems {
    private GroupItems() {
    }

    /** The partition of a group: its item, memberships, meetings and attendance. */
    public static String pk(String groupId) {
        return "GROUP#" + groupId;
    }

    public static Map<String, AttributeValue> key(String groupId) {
        return Map.of(Keys.PK, s(pk(groupId)), Keys.SK, s("GROUP"));
    }

    /**
     * Creates or overwrites the facts of a group (tests and old callers); memberCount stays (0 for a new group),
     * the version goes up by one.
     */
    static UpdateItemRequest upsert(String table, Group g) {
        return write(table, g, null, null);
    }

    /** A new group, only if the id is free; version 1, no members. */
    static UpdateItemRequest create(String table, Group g) {
        return write(table, g, "attribute_not_exists(pk)", null);
    }

    /**
     * New facts for an existing group, only at the version read, never with fewer places than members and, when it
     * closes, only while it has no members (a closed group with people in it would hide them from everyone).
     */
    static UpdateItemRequest update(String table, Group g, long expectedVersion) {
        String condition = "attribute_exists(pk) AND #version = :expected AND memberCount <= :cap"
                + (g.closed() ? " AND memberCount = :zero" : "");
        return write(table, g, condition, expectedVersion);
    }

    private static UpdateItemRequest write(String table, Group g, String condition, Long expectedVersion) {
        // Every attribute through a placeholder: several names (name, region, capacity, status…) are reserved words.
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        StringBuilder update = new StringBuilder("SET ");
        int i = 0;
        for (var fact : facts(g).entrySet()) {
            names.put("#a" + i, fact.getKey());
            values.put(":v" + i, fact.getValue());
            update.append("#a").append(i).append(" = :v").append(i).append(", ");
            i++;
        }
        update.append("memberCount = if_not_exists(memberCount, :zero), ");
        update.append("#version = if_not_exists(#version, :zero) + :one");
        names.put("#version", "version");
        values.put(":zero", n(0));
        values.put(":one", n(1));
        if (expectedVersion != null) {
            values.put(":expected", n(expectedVersion));
            values.put(":cap", n(g.capacity()));
        }
        UpdateItemRequest.Builder b = UpdateItemRequest.builder().tableName(table).key(key(g.id()))
                .updateExpression(update.toString()).expressionAttributeNames(names).expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW);
        return (condition == null ? b : b.conditionExpression(condition)).build();
    }

    private static Map<String, AttributeValue> facts(Group g) {
        Map<String, AttributeValue> facts = new LinkedHashMap<>();
        facts.put(Keys.GSI1_PK, s("GROUPS"));
        facts.put(Keys.GSI1_SK, s(g.id()));
        facts.put("id", s(g.id()));
        facts.put("name", s(g.name()));
        facts.put("region", s(g.region()));
        facts.put("city", s(g.city()));
        facts.put("venue", s(g.venue()));
        putText(facts, "weekday", g.weekday());
        putText(facts, "partOfDay", g.partOfDay());
        facts.put("frequency", s(g.frequency()));
        facts.put("language", s(g.language()));
        facts.put("mode", s(g.mode()));
        facts.put("facilitator", s(g.facilitator()));
        putText(facts, "facilitatorEmail", g.facilitatorEmail());
        putText(facts, "facilitatorUsername", g.facilitatorUsername());
        facts.put("capacity", n(g.capacity()));
        facts.put("latitude", AttributeValue.fromN(Double.toString(g.latitude())));
        facts.put("longitude", AttributeValue.fromN(Double.toString(g.longitude())));
        facts.put("status", s(g.status() == null ? "open" : g.status()));
        return facts;
    }

    /** An empty optional text is stored as an empty string: SET cannot remove, and the item stays one shape. */
    private static void putText(Map<String, AttributeValue> facts, String name, String value) {
        facts.put(name, s(value == null ? "" : value));
    }

    /** The attribute naming the Cognito username of the group's facilitator (private: never on the public site). */
    static final String FACILITATOR_USERNAME = "facilitatorUsername";

    static GetItemRequest facilitatorUsernameGet(String table, String groupId) {
        return GetItemRequest.builder().tableName(table).key(key(groupId)).consistentRead(true)
                .projectionExpression("#u").expressionAttributeNames(Map.of("#u", FACILITATOR_USERNAME)).build();
    }

    static String facilitatorUsername(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(FACILITATOR_USERNAME);
        return value == null || value.s() == null || value.s().isBlank() ? null : value.s();
    }

    /** The groups whose facilitatorUsername is this one (the list of groups, filtered: a few dozen items). */
    static QueryRequest ledBy(String table, String username) {
        return QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p").filterExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", FACILITATOR_USERNAME))
                .expressionAttributeValues(Map.of(":p", listKey(), ":u", s(username))).build();
    }

    static UpdateItemRequest setFacilitatorUsername(String table, String groupId, String username) {
        var b = UpdateItemRequest.builder().tableName(table).key(key(groupId))
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#u", FACILITATOR_USERNAME));
        return username == null ? b.updateExpression("REMOVE #u").build()
                : b.updateExpression("SET #u = :u").expressionAttributeValues(Map.of(":u", s(username))).build();
    }

    /** The value of gsi1pk that lists every group. */
    static AttributeValue listKey() {
        return s("GROUPS");
    }

    static GroupStore.StoredGroup fromItem(Map<String, AttributeValue> item) {
        String legacyDay = Items.string(item, "day"); // items written before weekday/partOfDay existed
        String weekday = orElse(Items.string(item, "weekday"), Group.weekdayOf(legacyDay));
        String partOfDay = orElse(Items.string(item, "partOfDay"), Group.partOfDayOf(legacyDay));
        Group group = new Group(Items.string(item, "id"), Items.string(item, "name"), Items.string(item, "region"),
                Items.string(item, "city"), Items.string(item, "venue"), weekday, partOfDay,
                Items.string(item, "frequency"), Items.string(item, "language"), Items.string(item, "mode"),
                Items.string(item, "facilitator"), orElse(Items.string(item, "facilitatorEmail"), null),
                orElse(Items.string(item, "facilitatorUsername"), null),
                (int) Items.number(item, "capacity", Group.MAX_CAPACITY),
                Double.parseDouble(item.get("latitude").n()), Double.parseDouble(item.get("longitude").n()),
                orElse(Items.string(item, "status"), "open"));
        return new GroupStore.StoredGroup(group, (int) Items.number(item, "memberCount", 0),
                Items.number(item, "version", 0));
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    /**
     * memberCount + 1 on condition the group exists, is open and has room. On failure the old item comes back with the
     * cancellation: empty means there is no such group, otherwise it is full.
     */
    public static TransactWriteItem incrementMembers(String table, String groupId) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(groupId))
                .conditionExpression("attribute_exists(pk) AND memberCount < #cap AND "
                        + "(attribute_not_exists(#st) OR #st = :open)")
                .updateExpression("SET memberCount = memberCount + :one")
                .expressionAttributeNames(Map.of("#cap", "capacity", "#st", "status"))
                .expressionAttributeValues(Map.of(":one", n(1), ":open", s("open")))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build()).build();
    }

    /**
     * memberCount + added on condition the group is as a matching proposal saw it: the same member count, room
     * within its (current) capacity, and — when recorded — the same language and mode (a catalogue sync may have
     * changed them since).
     */
    public static TransactWriteItem addMembers(String table, String groupId, int expectedCount, int added,
                                               String language, String mode) {
        // Only into an open group: one a coordinator closed or marked full since the proposal is stale too.
        String condition = "memberCount = :assumed AND #cap >= :after AND (attribute_not_exists(#st) OR #st = :open)";
        Map<String, String> names = new LinkedHashMap<>(Map.of("#cap", "capacity", "#st", "status"));
        Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":assumed", n(expectedCount),
                ":after", n(expectedCount + added), ":added", n(added), ":open", s("open")));
        if (language != null && mode != null) {
            condition += " AND #lang = :lang AND #mode = :mode";
            names.put("#lang", "language");
            names.put("#mode", "mode");
            values.put(":lang", s(language));
            values.put(":mode", s(mode));
        }
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(groupId))
                .conditionExpression(condition)
                .updateExpression("SET memberCount = memberCount + :added")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build()).build();
    }

    /** memberCount - 1, only while above 0 (a count that drifted to 0 fails the transaction rather than going negative). */
    public static TransactWriteItem decrementMembers(String table, String groupId) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(groupId))
                .conditionExpression("memberCount > :zero")
                .updateExpression("SET memberCount = memberCount - :one")
                .expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1)))
                .build()).build();
    }

    /** The group still exists. */
    public static TransactWriteItem exists(String table, String groupId) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                .key(key(groupId)).conditionExpression("attribute_exists(pk)").build()).build();
    }
}
