package nl.intervisie.planning;

import nl.intervisie.groups.GroupItems;
import nl.intervisie.network.Calendar;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The one owner of the planned-meeting item (layout in {@link Keys}):
 * <pre>
 * planned meeting  pk GROUP#{gid}  sk PLAN#{id}  gsi1pk PLANS#{year}  gsi1sk {date}#{gid}#{id}
 * </pre>
 * It holds no personal data (dates, times, place or link only) and expires a year after its date.
 */
public final class PlanItems {
    static final String TYPE = "PLAN";
    private static final String SK = "PLAN#";
    private static final String YEAR = "PLANS#";

    private PlanItems() {
    }

    static Map<String, AttributeValue> key(String groupId, String id) {
        return Map.of(Keys.PK, s(GroupItems.pk(groupId)), Keys.SK, s(SK + id));
    }

    /** How the audit log names a planned meeting: its group's key and its own. */
    static java.util.List<String> auditTargets(String groupId, String id) {
        return java.util.List.of(GroupItems.pk(groupId), SK + id);
    }

    /** A new planned meeting, only if its id is free (generating a year twice collides on the same ids). */
    static TransactWriteItem create(String table, PlannedMeeting m) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(m))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /** The changed meeting, only while the stored one is still at {@code expectedVersion}. */
    static PutItemRequest replace(String table, PlannedMeeting next, long expectedVersion) {
        return PutItemRequest.builder().tableName(table).item(item(next))
                .conditionExpression("attribute_exists(pk) AND #v = :v")
                .expressionAttributeNames(Map.of("#v", "version"))
                .expressionAttributeValues(Map.of(":v", n(expectedVersion))).build();
    }

    /** Every planned meeting of one group. */
    static QueryRequest ofGroup(String table, String groupId) {
        return QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :p AND begins_with(sk, :s)")
                .expressionAttributeValues(Map.of(":p", s(GroupItems.pk(groupId)), ":s", s(SK))).build();
    }

    /** The planned meetings of all groups in one year, from..to (dates within that year), through gsi1. */
    static QueryRequest ofYear(String table, int year, LocalDate from, LocalDate to) {
        return QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p AND gsi1sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":p", s(YEAR + year), ":from", s(from.toString()),
                        ":to", s(to + "~"))).build();
    }

    static Map<String, AttributeValue> item(PlannedMeeting m) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(m.groupId(), m.id()));
        item.put(Keys.GSI1_PK, s(YEAR + m.date().getYear()));
        item.put(Keys.GSI1_SK, s(m.date() + "#" + m.groupId() + "#" + m.id()));
        item.put("type", s(TYPE));
        item.put("groupId", s(m.groupId()));
        item.put("id", s(m.id()));
        item.put("date", s(m.date().toString()));
        item.put("start", s(m.start().toString()));
        item.put("end", s(m.end().toString()));
        item.put("place", s(m.place() == null ? "" : m.place()));
        item.put("link", s(m.link() == null ? "" : m.link()));
        item.put("cancelled", AttributeValue.fromBool(m.cancelled()));
        item.put("version", n(m.version()));
        item.put("updatedAt", s(m.updatedAt().toString()));
        item.put(Keys.TTL, n(expiry(m.date()).getEpochSecond()));
        return item;
    }

    /** A year after the date: long enough to record the meeting and show it in calendars, then it goes. */
    static Instant expiry(LocalDate date) {
        return date.plusYears(1).atStartOfDay(Calendar.ZONE).toInstant();
    }

    static boolean isPlan(Map<String, AttributeValue> item) {
        return TYPE.equals(Items.string(item, "type"));
    }

    static PlannedMeeting fromItem(Map<String, AttributeValue> item) {
        AttributeValue cancelled = item.get("cancelled");
        return new PlannedMeeting(Items.string(item, "groupId"), Items.string(item, "id"),
                LocalDate.parse(Items.string(item, "date")), LocalTime.parse(Items.string(item, "start")),
                LocalTime.parse(Items.string(item, "end")), Items.string(item, "place"), Items.string(item, "link"),
                cancelled != null && Boolean.TRUE.equals(cancelled.bool()), Items.number(item, "version", 0),
                Instant.parse(Items.string(item, "updatedAt")));
    }
}
