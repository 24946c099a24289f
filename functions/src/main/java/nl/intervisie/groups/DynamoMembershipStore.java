package nl.intervisie.groups;

import nl.intervisie.store.Retry;
import nl.intervisie.store.Dynamo;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/** Memberships in the single table; the group item's memberCount is the capacity counter. */
public final class DynamoMembershipStore implements MembershipStore {
    private static final int MAX_ATTEMPTS = 6;

    private final DynamoDbClient client;
    private final String table;

    public DynamoMembershipStore() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    public DynamoMembershipStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    public static Map<String, AttributeValue> groupKey(String groupId) {
        return Map.of(Keys.PK, s("GROUP#" + groupId), Keys.SK, s("GROUP"));
    }

    @Override
    public AddResult add(Membership membership) {
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(membership.toItem())
                        .conditionExpression("attribute_not_exists(pk)").build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(table)
                        .key(groupKey(membership.groupId()))
                        .conditionExpression("attribute_exists(pk) AND memberCount < #cap")
                        .updateExpression("SET memberCount = memberCount + :one")
                        .expressionAttributeNames(Map.of("#cap", "capacity"))
                        .expressionAttributeValues(Map.of(":one", n(1)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()).build());
        TransactionCanceledException cancelled = Retry.transactWrite(client, writes, MAX_ATTEMPTS);
        if (cancelled == null) {
            return AddResult.ADDED;
        }
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        if (reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(0).code())) {
            return AddResult.ALREADY_MEMBER;
        }
        if (reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(1).code())) {
            var old = reasons.get(1).item();
            return old == null || old.isEmpty() ? AddResult.NO_GROUP : AddResult.FULL;
        }
        throw cancelled;
    }

    @Override
    public List<Membership> members(String groupId) {
        List<Membership> list = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :p AND begins_with(sk, :m)")
                        .expressionAttributeValues(Map.of(":p", s("GROUP#" + groupId), ":m", s("MEMBER#"))))
                .items().forEach(item -> list.add(Membership.fromItem(item)));
        return list;
    }

    @Override
    public List<Membership> ofPerson(String applicantId) {
        List<Membership> list = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("gsi1pk = :p AND begins_with(gsi1sk, :m)")
                        .expressionAttributeValues(Map.of(":p", s("APPLICANT#" + applicantId), ":m", s("MEMBERSHIP#"))))
                .items().forEach(item -> list.add(Membership.fromItem(item)));
        return list;
    }
}
