package nl.intervisie.applicants;

import nl.intervisie.network.Calendar;
import nl.intervisie.store.Retry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applicants in the single table, with an e-mail guard item per address (formats in {@link ApplicantItems}). */
public final class DynamoApplicantStore implements ApplicantStore {
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

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
        List<TransactWriteItem> writes = List.of(
                ApplicantItems.createGuard(table, applicant, expiresAt, clock.instant()),
                ApplicantItems.create(table, applicant, expiresAt));
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

    /**
     * DynamoDB deletes items whose TTL has passed in the background, usually within a few days, not at once:
     * until then reads treat them as gone, so an expired application is never matched or shown.
     */
    @Override
    public Optional<Applicant> get(String id) {
        return item(id).map(ApplicantItems::fromItem);
    }

    /** The applicant item as stored, unless absent or expired. */
    Optional<Map<String, AttributeValue>> item(String id) {
        var item = client.getItem(b -> b.tableName(table).key(ApplicantItems.key(id)).consistentRead(true)).item();
        return item == null || item.isEmpty() || ApplicantItems.expired(item, clock.instant())
                ? Optional.empty() : Optional.of(item);
    }

    @Override
    public List<Applicant> listByStatus(ApplicantStatus status) {
        List<Applicant> applicants = new ArrayList<>();
        client.queryPaginator(ApplicantItems.byStatus(table, status, clock.instant()))
                .items().forEach(item -> applicants.add(ApplicantItems.fromItem(item)));
        return applicants;
    }

    @Override
    public Optional<String> guardedEmail(String applicantId) {
        var item = client.getItem(b -> b.tableName(table).key(ApplicantItems.key(applicantId))
                .projectionExpression("email").consistentRead(true)).item();
        String email = item == null ? null : ApplicantItems.email(item);
        return guardItem(applicantId, email).map(guard -> email);
    }

    @Override
    public Optional<EmailGuard> guard(Applicant applicant) {
        return guardItem(applicant.id(), applicant.email()).map(ApplicantItems::guardFromItem);
    }

    /** The guard item of this address when it is this applicant's. */
    Optional<Map<String, AttributeValue>> guardItem(String applicantId, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        var item = client.getItem(b -> b.tableName(table).key(ApplicantItems.emailGuardKey(email)).consistentRead(true)).item();
        return item == null || item.isEmpty() || !applicantId.equals(ApplicantItems.guardFromItem(item).applicantId())
                ? Optional.empty() : Optional.of(item);
    }

    @Override
    public ClearResult clearReview(String applicantId, long expectedVersion, String actor) {
        try {
            client.updateItem(ApplicantItems.clearReview(table, applicantId, expectedVersion, actor, clock.instant()));
            return ClearResult.CLEARED;
        } catch (ConditionalCheckFailedException e) {
            // Say why: gone, already cleared (or placed), or changed since the coordinator looked.
            var current = get(applicantId);
            if (current.isEmpty()) {
                return ClearResult.NOT_FOUND;
            }
            return current.get().status() != ApplicantStatus.NEEDS_REVIEW ? ClearResult.NOT_IN_REVIEW : ClearResult.STALE_VERSION;
        }
    }

    @Override
    public Optional<ApplicantFile> file(String id) {
        return item(id).map(ApplicantItems::fileFromItem);
    }

    @Override
    public StepResult recordIntake(String applicantId, LocalDate date, String heldBy, Long expectedVersion,
                                   String actor) {
        return step(applicantId, expectedVersion, a -> a.status() != ApplicantStatus.UNCONFIRMED,
                () -> ApplicantItems.recordIntake(table, applicantId, date, heldBy, expectedVersion, actor, clock.instant()));
    }

    @Override
    public StepResult decline(String applicantId, long expectedVersion, String reason, String actor) {
        return step(applicantId, expectedVersion,
                a -> a.status().waiting() || a.status() == ApplicantStatus.UNCONFIRMED,
                () -> ApplicantItems.decline(table, applicantId, expectedVersion, reason, actor, clock.instant()));
    }

    @Override
    public StepResult editPreferences(Applicant changed, long expectedVersion, String actor) {
        return step(changed.id(), expectedVersion,
                a -> a.status().waiting() || a.status() == ApplicantStatus.PLACED,
                () -> ApplicantItems.editPreferences(table, changed, expectedVersion, actor, clock.instant()));
    }

    /** One conditional write; when its condition fails, says why from what is stored now (gone, not allowed, stale). */
    private StepResult step(String applicantId, Long expectedVersion, java.util.function.Predicate<Applicant> allowed,
                            java.util.function.Supplier<software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest> write) {
        try {
            client.updateItem(write.get());
            return StepResult.DONE;
        } catch (ConditionalCheckFailedException e) {
            var current = get(applicantId);
            if (current.isEmpty()) {
                return StepResult.NOT_FOUND;
            }
            if (!allowed.test(current.get())) {
                return StepResult.NOT_ALLOWED;
            }
            return expectedVersion != null && current.get().version() != expectedVersion
                    ? StepResult.STALE_VERSION : StepResult.NOT_ALLOWED;
        }
    }

    @Override
    public Optional<Applicant> byEmail(String email) {
        var item = client.getItem(b -> b.tableName(table).key(ApplicantItems.emailGuardKey(email)).consistentRead(true)).item();
        if (item == null || item.isEmpty() || ApplicantItems.expired(item, clock.instant())) {
            return Optional.empty();
        }
        return get(ApplicantItems.guardFromItem(item).applicantId());
    }

    @Override
    public boolean confirm(Applicant unconfirmed, ApplicantStatus confirmed, Instant expiresAt) {
        Instant now = clock.instant();
        return Retry.transactWrite(client, List.of(
                ApplicantItems.confirm(table, unconfirmed.id(), unconfirmed.version(), confirmed, expiresAt, now),
                ApplicantItems.expireGuard(table, unconfirmed.email(), unconfirmed.id(), expiresAt)), MAX_ATTEMPTS) == null;
    }

    @Override
    public boolean changePreferences(Applicant changed, long expectedVersion) {
        try {
            client.updateItem(ApplicantItems.changePreferences(table, changed, expectedVersion, clock.instant()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public boolean withdraw(Applicant applicant) {
        return Retry.transactWrite(client, List.of(ApplicantItems.withdraw(table, applicant.id(), applicant.version()),
                ApplicantItems.withdrawGuard(table, applicant.email(), applicant.id())), MAX_ATTEMPTS) == null;
    }
}
