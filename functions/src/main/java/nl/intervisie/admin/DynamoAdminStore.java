package nl.intervisie.admin;

import nl.intervisie.network.Calendar;
import nl.intervisie.store.Retry;
import nl.intervisie.applicants.Applicant;
import nl.intervisie.applicants.ApplicantItems;
import nl.intervisie.applicants.ApplicantStatus;
import nl.intervisie.groups.Membership;
import nl.intervisie.http.Json;
import nl.intervisie.http.Language;
import nl.intervisie.store.Dynamo;
import nl.intervisie.store.Items;
import nl.intervisie.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import static nl.intervisie.store.Items.n;
import static nl.intervisie.store.Items.s;

/** {@link AdminStore} on the single table (layout in {@link Keys}). */
public final class DynamoAdminStore implements AdminStore {
    private static final int MAX_ATTEMPTS = 5;
    /** Membership dates are calendar dates in the Netherlands. */

    private final DynamoDbClient client;
    private final String table;

    public DynamoAdminStore() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    public DynamoAdminStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** DynamoDB deletes expired items within days, not at once: until then a read must treat them as gone. */
    static boolean expired(Map<String, AttributeValue> item, Instant now) {
        AttributeValue ttl = item.get(Keys.TTL);
        return ttl != null && ttl.n() != null && Long.parseLong(ttl.n()) <= now.getEpochSecond();
    }

    @Override
    public List<Applicant> applicantsByStatus(ApplicantStatus status, Instant now) {
        List<Applicant> applicants = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("gsi1pk = :p")
                        .filterExpression("attribute_not_exists(#ttl) OR #ttl > :now")
                        .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                        .expressionAttributeValues(Map.of(":p", ApplicantItems.statusKey(status), ":now", n(now.getEpochSecond()))))
                .items().forEach(item -> applicants.add(ApplicantItems.fromItem(item)));
        return applicants;
    }

    @Override
    public List<Membership> memberships(String groupId) {
        List<Membership> members = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :p AND begins_with(sk, :m)")
                        .expressionAttributeValues(Map.of(":p", s("GROUP#" + groupId), ":m", s("MEMBER#"))))
                .items().forEach(item -> members.add(Membership.fromItem(item)));
        return members;
    }

    @Override
    public Optional<Map<String, AttributeValue>> applicantItem(String applicantId, Instant now) {
        var item = client.getItem(b -> b.tableName(table).key(ApplicantItems.key(applicantId)).consistentRead(true)).item();
        return item == null || item.isEmpty() || expired(item, now) ? Optional.empty() : Optional.of(item);
    }

    @Override
    public Optional<Map<String, AttributeValue>> emailGuard(String applicantId, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        var item = client.getItem(b -> b.tableName(table).key(ApplicantItems.emailGuardKey(email)).consistentRead(true)).item();
        return item == null || item.isEmpty() || !applicantId.equals(Items.string(item, "applicantId"))
                ? Optional.empty() : Optional.of(item);
    }

    @Override
    public List<Map<String, AttributeValue>> personItems(String applicantId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("APPLICANT#" + applicantId))))
                .items().forEach(items::add);
        return items;
    }

    @Override
    public List<StoredProposal> proposalsMentioning(String applicantId) {
        return proposalItemsMentioning(applicantId).stream().map(item -> new StoredProposal(
                Items.string(item, "id"), Items.string(item, "createdAt"), Items.string(item, "status"),
                Json.parseObject(gunzip(item.get("body")), Language.NL))).toList();
    }

    /** Proposals are few (kept 30 days): read them all and look for the id as a JSON string in plan and body. */
    private List<Map<String, AttributeValue>> proposalItemsMentioning(String applicantId) {
        String quoted = "\"" + applicantId + "\"";
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.queryPaginator(b -> b.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("PROPOSALS"))))
                .items().forEach(item -> {
                    String plan = Items.string(item, "plan");
                    if ((plan != null && plan.contains(quoted)) || gunzip(item.get("body")).contains(quoted)) {
                        items.add(item);
                    }
                });
        return items;
    }

    /** A proposal's body is gzipped JSON (nl.intervisie.matching.DynamoProposalStore). */
    private static String gunzip(AttributeValue value) {
        if (value == null || value.b() == null) {
            return "{}";
        }
        try (var in = new GZIPInputStream(value.b().asInputStream())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ClearResult clearReview(String applicantId, long expectedVersion, Instant now) {
        try {
            client.updateItem(b -> b.tableName(table).key(ApplicantItems.key(applicantId))
                    .conditionExpression("#status = :review AND #version = :expected"
                            + " AND (attribute_not_exists(#ttl) OR #ttl > :nowEpoch)")
                    .updateExpression("SET #status = :waiting, gsi1pk = :waitingKey, updatedAt = :now,"
                            + " #version = #version + :one")
                    .expressionAttributeNames(Map.of("#status", "status", "#version", "version", "#ttl", Keys.TTL))
                    .expressionAttributeValues(Map.of(
                            ":review", s(ApplicantStatus.NEEDS_REVIEW.name()),
                            ":waiting", s(ApplicantStatus.WAITING.name()),
                            ":waitingKey", ApplicantItems.statusKey(ApplicantStatus.WAITING),
                            ":expected", n(expectedVersion),
                            ":nowEpoch", n(now.getEpochSecond()),
                            ":now", s(now.toString()),
                            ":one", n(1))));
            return ClearResult.CLEARED;
        } catch (ConditionalCheckFailedException e) {
            // Say why: gone, already cleared (or placed), or changed since the coordinator looked.
            var current = applicantItem(applicantId, now);
            if (current.isEmpty()) {
                return ClearResult.NOT_FOUND;
            }
            if (!ApplicantStatus.NEEDS_REVIEW.name().equals(Items.string(current.get(), "status"))) {
                return ClearResult.NOT_IN_REVIEW;
            }
            return ClearResult.STALE_VERSION;
        }
    }

    @Override
    public Erasure erase(String applicantId, Instant now) {
        var applicant = client.getItem(b -> b.tableName(table).key(ApplicantItems.key(applicantId)).consistentRead(true)).item();
        boolean hasApplicant = applicant != null && !applicant.isEmpty();
        LocalDate today = Calendar.dateOf(now);

        int memberships = 0;
        int attendance = 0;
        int other = 0;
        int decremented = 0;
        List<Map<String, AttributeValue>> rest = new ArrayList<>();
        for (var item : personItems(applicantId)) {
            String sk = Items.string(item, Keys.SK);
            if (sk != null && sk.startsWith("MEMBER#")) {
                Membership membership = Membership.fromItem(item);
                boolean active = membership.leftOn() == null || membership.leftOn().isAfter(today);
                if (active && deleteMembershipAndDecrement(item)) {
                    decremented++;
                } else {
                    rest.add(item);
                }
                memberships++;
            } else {
                if (sk != null && sk.contains("#ATTENDEE#")) {
                    attendance++;
                } else {
                    other++;
                }
                rest.add(item);
            }
        }
        deleteAll(rest);

        // Proposals are working papers: they hold this id and reasons about it (e.g. "same organisation as …").
        // One naming an erased person could not be accepted any more anyway (its applicant check fails).
        List<Map<String, AttributeValue>> proposals = proposalItemsMentioning(applicantId);
        deleteAll(proposals);

        int guard = 0;
        String email = hasApplicant ? Items.string(applicant, "email") : null;
        if (email != null && !email.isBlank()) {
            try {
                client.deleteItem(b -> b.tableName(table).key(ApplicantItems.emailGuardKey(email))
                        .conditionExpression("applicantId = :id")
                        .expressionAttributeValues(Map.of(":id", s(applicantId))));
                guard = 1;
            } catch (ConditionalCheckFailedException e) {
                // no guard, or it belongs to someone else: nothing of this person to delete
            }
        }
        if (hasApplicant) {
            client.deleteItem(b -> b.tableName(table).key(ApplicantItems.key(applicantId)));
        }
        return new Erasure(hasApplicant ? 1 : 0, guard, memberships, attendance, other, proposals.size(), decremented);
    }

    /**
     * Deletes an active membership and lowers the group's member count in one transaction, so the count never
     * drifts. False when the membership was already gone or the count was already 0 (then it is deleted plainly).
     */
    private boolean deleteMembershipAndDecrement(Map<String, AttributeValue> membership) {
        String groupId = Items.string(membership, "groupId");
        var key = Map.of(Keys.PK, membership.get(Keys.PK), Keys.SK, membership.get(Keys.SK));
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key)
                        .conditionExpression("attribute_exists(pk)").build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(table)
                        .key(Map.of(Keys.PK, s("GROUP#" + groupId), Keys.SK, s("GROUP")))
                        .conditionExpression("memberCount > :zero")
                        .updateExpression("SET memberCount = memberCount - :one")
                        .expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1)))
                        .build()).build());
        return committed(writes); // false: membership already gone, or a count of 0 that must not go negative
    }

    @Override
    public boolean leave(Leave l) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(Membership.key(l.groupId(), l.applicantId()))
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(leftOn) AND joinedOn = :joined")
                .updateExpression("SET leftOn = :left, #ttl = :exp")
                .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                .expressionAttributeValues(Map.of(":joined", s(l.joinedOn().toString()), ":left", s(l.leftOn().toString()),
                        ":exp", n(l.expiresAt().getEpochSecond())))
                .build()).build());
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(Map.of(Keys.PK, s("GROUP#" + l.groupId()), Keys.SK, s("GROUP")))
                .conditionExpression("memberCount > :zero")
                .updateExpression("SET memberCount = memberCount - :one")
                .expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1)))
                .build()).build());
        if (l.applicantVersion() != null) {
            // Always written (version + 1), so two leaves of the same person racing each other cannot both
            // conclude "still in the other group": the second fails on the version and is retried by the coordinator.
            Map<String, String> names = new LinkedHashMap<>(Map.of("#version", "version"));
            Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":v", n(l.applicantVersion()), ":one", n(1),
                    ":now", s(l.now().toString())));
            StringBuilder set = new StringBuilder("SET updatedAt = :now, #version = #version + :one");
            if (l.newStatus() != null) {
                names.put("#status", "status");
                values.put(":status", s(l.newStatus().name()));
                values.put(":statusKey", ApplicantItems.statusKey(l.newStatus()));
                set.append(", #status = :status, gsi1pk = :statusKey");
            }
            if (l.personExpires()) {
                names.put("#ttl", Keys.TTL);
                values.put(":exp", n(l.expiresAt().getEpochSecond()));
                set.append(", #ttl = :exp");
            }
            String update = set.toString();
            if (l.groupIdAfter() != null) {
                values.put(":g", s(l.groupIdAfter()));
                update += ", groupId = :g";
            } else {
                update += " REMOVE groupId";
            }
            String finalUpdate = update;
            writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(ApplicantItems.key(l.applicantId()))
                    .conditionExpression("#version = :v")
                    .updateExpression(finalUpdate)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .build()).build());
        }
        if (l.personExpires() && l.guardEmail() != null) {
            writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(ApplicantItems.emailGuardKey(l.guardEmail()))
                    .conditionExpression("applicantId = :id")
                    .updateExpression("SET #ttl = :exp")
                    .expressionAttributeNames(Map.of("#ttl", Keys.TTL))
                    .expressionAttributeValues(Map.of(":id", s(l.applicantId()), ":exp", n(l.expiresAt().getEpochSecond())))
                    .build()).build());
        }
        return committed(writes);
    }

    /** True when the transaction committed, false when one of its conditions failed. */
    private boolean committed(List<TransactWriteItem> writes) {
        TransactionCanceledException cancelled = Retry.transactWrite(client, writes, MAX_ATTEMPTS);
        if (cancelled != null && !Retry.conditionFailed(cancelled)) {
            throw cancelled;
        }
        return cancelled == null;
    }

    /** Batch deletes, 25 at a time, retrying what DynamoDB leaves unprocessed. */
    private void deleteAll(List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> batch = items.subList(from, Math.min(items.size(), from + 25)).stream()
                    .map(item -> WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                            .key(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK))).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > 1) {
                    Retry.backOff(Math.min(attempt, 6));
                }
                var toSend = pending;
                pending = client.batchWriteItem(b -> b.requestItems(toSend)).unprocessedItems();
                if (attempt == 10 && !pending.isEmpty()) {
                    throw new IllegalStateException("DynamoDB kept items unprocessed");
                }
            }
        }
    }

}
