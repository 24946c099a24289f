package nl.intervisie.matching;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The solver's time box counts CPU time, but a virtual thread (the local server runs every request on one) has no
 * CPU time to read: the JVM answers -1. The clock must then still move, or the branch and bound never stops.
 */
class MatcherClockTest {

    @Test
    void theClockMovesOnAVirtualThread() throws Exception {
        long[] read = new long[2];
        Thread.ofVirtual().start(() -> {
            read[0] = Matcher.clock();
            long until = System.nanoTime() + 30_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // 30 ms of work
            }
            read[1] = Matcher.clock();
        }).join();
        assertTrue(read[1] - read[0] >= 20_000_000L, "the clock moved " + (read[1] - read[0]) + " ns in 30 ms");
    }

    @Test
    void theClockMovesOnAPlatformThread() throws Exception {
        long[] read = new long[2];
        Thread.ofPlatform().start(() -> {
            read[0] = Matcher.clock();
            long until = System.nanoTime() + 30_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            read[1] = Matcher.clock();
        }).join();
        assertTrue(read[1] - read[0] >= 10_000_000L, "the clock moved " + (read[1] - read[0]) + " ns in 30 ms of CPU");
    }
}
