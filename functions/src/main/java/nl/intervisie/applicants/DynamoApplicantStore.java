package nl.intervisie.applicants;

import nl.intervisie.network.Calendar;
import nl.intervisie.store.Retry;
import nl.intervisie.store.Dynamo;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/** Applicants in the single table, with an e-mail guard item per address (layout in {@link Keys}). */
public final class DynamoApplicantStore implements ApplicantStore {
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoApplicantStore() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    public DynamoApplicantStore(DynamoDbClient client, String table) {
        this(client, table, Calendar.system());
    }

    /** @param clock decides which applications have expired (their TTL has passed) */
    public DynamoApplicantStore(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public CreateResult create(Applicant applicant, Instant expiresAt) {
        Map<String, AttributeValue> guard = new LinkedHashMap<>(ApplicantItems.emailGuardKey(applicant.email()));
        guard.put("type", s("EMAIL_GUARD"));
        guard.put("applicantId", s(applicant.id()));
        guard.put(Keys.TTL, n(expiresAt.getEpochSecond()));
        // A guard whose application has expired (TTL passed, DynamoDB not yet done deleting: that takes days) no
        // longer counts: the person may sign up again, as reads already treat the old application as gone.
        TransactWriteItem guardPut = TransactWriteItem.builder().put(Put.builder().tableName(table).item(guard)
                .conditionExpression("attribute_not_exists(pk) OR #ttl <= :now")
                .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(":now", n(clock.instant().getEpochSecond()))).build()).build();
        List<TransactWriteItem> writes = List.of(guardPut, put(ApplicantItems.toItem(applicant, expiresAt)));
        TransactionCanceledException cancelled = Retry.transactWrite(client, writes, MAX_ATTEMPTS);
        if (cancelled == null) {
            return CreateResult.CREATED;
        }
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        if (!reasons.isEmpty() && "ConditionalCheckFailed".equals(reasons.getFirst().code())) {
            return CreateResult.DUPLICATE;
        }
        throw cancelled;
    }

    @Override
    public Optional<Applicant> get(String id) {
        var item = client.getItem(b -> b.tableName(table).key(ApplicantItems.key(id)).consistentRead(true)).item();
        return item == null || item.isEmpty() || expired(item) ? Optional.empty() : Optional.of(ApplicantItems.fromItem(item));
    }

    /**
     * DynamoDB deletes items whose TTL has passed in the background, usually within a few days, not at once:
     * until then reads treat them as gone, so an expired application is never matched or shown.
     */
    private boolean expired(Map<String, AttributeValue> item) {
        AttributeValue ttl = item.get(Keys.TTL);
        return ttl != null && ttl.n() != null && Long.parseLong(ttl.n()) <= clock.instant().getEpochSecond();
    }

    @Override
    public List<Applicant> listByStatus(ApplicantStatus status) {
        List<Applicant> applicants = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("gsi1pk = :p")
                        .filterExpression("attribute_not_exists(#ttl) OR #ttl > :now")
                        .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                        .expressionAttributeValues(Map.of(":p", ApplicantItems.statusKey(status),
                                ":now", n(clock.instant().getEpochSecond()))))
                .items().forEach(item -> applicants.add(ApplicantItems.fromItem(item)));
        return applicants;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

}
