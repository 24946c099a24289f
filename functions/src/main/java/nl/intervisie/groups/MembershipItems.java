package nl.intervisie.groups;

import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/**
 * The one owner of the membership item: pk GROUP#{groupId}, sk MEMBER#{applicantId}; gsi1pk APPLICANT#{applicantId}
 * (the person index), gsi1sk MEMBERSHIP#{groupId}. Leaving sets leftOn and a TTL; the item stays, so attendance
 * history keeps its meaning.
 */
public final class MembershipItems {
    private static final String MEMBER = "MEMBER#";

    private MembershipItems() {
    }

    public static Map<String, AttributeValue> key(String groupId, String applicantId) {
        return Map.of(Keys.PK, s(GroupItems.pk(groupId)), Keys.SK, s(MEMBER + applicantId));
    }

    public static Map<String, AttributeValue> toItem(Membership m) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key(m.groupId(), m.applicantId()));
        item.put(Keys.GSI1_PK, ApplicantItems.personIndex(m.applicantId()));
        item.put(Keys.GSI1_SK, s("MEMBERSHIP#" + m.groupId()));
        item.put("type", s("MEMBERSHIP"));
        item.put("groupId", s(m.groupId()));
        item.put("applicantId", s(m.applicantId()));
        item.put("joinedOn", s(m.joinedOn().toString()));
        if (m.leftOn() != null) {
            item.put("leftOn", s(m.leftOn().toString()));
        }
        return item;
    }

    public static Membership fromItem(Map<String, AttributeValue> item) {
        String left = Items.string(item, "leftOn");
        return new Membership(Items.string(item, "groupId"), Items.string(item, "applicantId"),
                LocalDate.parse(Items.string(item, "joinedOn")), left == null ? null : LocalDate.parse(left));
    }

    /** The membership with how it came about (placedBy "hand", overrideReason). */
    public static MembershipStore.Held heldFromItem(Map<String, AttributeValue> item) {
        return new MembershipStore.Held(fromItem(item), "hand".equals(Items.string(item, "placedBy")),
                Items.string(item, "overrideReason"));
    }

    /** Whether an item of the person index is a membership. */
    public static boolean isMembership(Map<String, AttributeValue> item) {
        String sk = Items.string(item, Keys.SK);
        return sk != null && sk.startsWith(MEMBER);
    }

    /** The new membership, only if the person is not (and never was) a member of the group. */
    public static TransactWriteItem add(String table, Membership m) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(toItem(m))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /**
     * The same, placed by hand: with the coordinator's reason when a same-organisation or avoid-list conflict was
     * overridden (kept with the membership, so export shows it and erasure removes it; never in the audit log).
     */
    public static TransactWriteItem add(String table, Membership m, String overrideReason) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(toItem(m));
        item.put("placedBy", s("hand"));
        if (overrideReason != null) {
            item.put("overrideReason", s(overrideReason));
        }
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /** Ends the membership (leftOn and its TTL), only while it is the active one that was read. */
    public static TransactWriteItem leave(String table, String groupId, String applicantId, LocalDate joinedOn,
                                          LocalDate leftOn, Instant expiresAt) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key(groupId, applicantId))
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(leftOn) AND joinedOn = :joined")
                .updateExpression("SET leftOn = :left, #ttl = :exp")
                .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(":joined", s(joinedOn.toString()), ":left", s(leftOn.toString()),
                        ":exp", n(expiresAt.getEpochSecond())))
                .build()).build();
    }

    /** Deletes the membership, only if it is still there. */
    public static TransactWriteItem delete(String table, String groupId, String applicantId) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key(groupId, applicantId))
                .conditionExpression("attribute_exists(pk)").build()).build();
    }

    /** Every membership item of a group, past ones included (read consistently: counts are checked against it). */
    public static QueryRequest members(String table, String groupId) {
        return QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :p AND begins_with(sk, :m)")
                .expressionAttributeValues(Map.of(":p", s(GroupItems.pk(groupId)), ":m", s(MEMBER))).build();
    }

    /** Every membership item of one person, through the person index. */
    public static QueryRequest ofPerson(String table, String applicantId) {
        return QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :p AND begins_with(gsi1sk, :m)")
                .expressionAttributeValues(Map.of(":p", ApplicantItems.personIndex(applicantId), ":m", s("MEMBERSHIP#")))
                .build();
    }
}
