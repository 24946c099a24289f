package nl.intervisie.store;

import java.util.concurrent.ThreadLocalRandom;

/** Waiting between attempts when DynamoDB cancels a transaction for a conflict or leaves keys unprocessed. */
public final class Retry {
    private Retry() {
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
