package nl.intervisie.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Waiting between attempts when DynamoDB cancels a transaction for a conflict or leaves keys unprocessed. */
public final class Retry {
    private Retry() {
    }

    /**
     * Writes all or nothing, trying again (up to {@code maxAttempts}) while the only trouble is a conflict with
     * another transaction on the same items. Returns null when committed, or the cancellation for the caller to
     * read when anything else stopped it (usually a condition that failed). Throws when conflicts outlast the
     * attempts.
     */
    public static TransactionCanceledException transactWrite(DynamoDbClient client, List<TransactWriteItem> writes,
                                                             int maxAttempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(b -> b.transactItems(writes));
                return null;
            } catch (TransactionCanceledException e) {
                if (!conflictOnly(e)) {
                    return e;
                }
                if (attempt >= maxAttempts) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    /**
     * Writes all or nothing: true when committed, false when one of the conditions failed (something changed since
     * it was read). Any other cancellation is thrown.
     */
    public static boolean committed(DynamoDbClient client, List<TransactWriteItem> writes, int maxAttempts) {
        TransactionCanceledException cancelled = transactWrite(client, writes, maxAttempts);
        if (cancelled != null && !conditionFailed(cancelled)) {
            throw cancelled;
        }
        return cancelled == null;
    }

    /** Whether any of the transaction's conditions failed. */
    public static boolean conditionFailed(TransactionCanceledException e) {
        return e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()));
    }

    /** Cancelled for a conflict and for nothing a retry cannot cure. */
    private static boolean conflictOnly(TransactionCanceledException e) {
        return e.cancellationReasons().stream().anyMatch(r -> "TransactionConflict".equals(r.code()))
                && !conditionFailed(e);
    }

    /** Jittered exponential back-off: 10–20 ms after the first attempt, doubling each time. */
    public static void backOff(int attempt) {
        long millis = ThreadLocalRandom.current().nextLong(10L << attempt, 20L << attempt);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
