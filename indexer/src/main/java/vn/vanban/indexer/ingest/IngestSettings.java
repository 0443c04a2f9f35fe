package vn.vanban.indexer.ingest;

import java.io.PrintStream;
import java.time.Duration;

/**
 * How a run reads and writes.
 *
 * @param readers threads extracting and parsing (default: one per core)
 * @param maxConcurrentRequests bulk requests in flight; beyond that, adding blocks the readers
 *     (back-pressure)
 * @param maxOperations operations per bulk request
 * @param maxBytes bytes per bulk request
 * @param giveUpAfter how long Elasticsearch may be unavailable before the run stops
 * @param progress where the progress bar goes, or null for none
 * @param maxFileBytes files (and zip entries, counted while inflating) larger than this are refused
 *     before they are read into memory
 * @param memoryBudget the heap concurrent readers may hold together ({@link MemoryBudget}); 0 = half
 *     the heap
 */
public record IngestSettings(
        int readers,
        int maxConcurrentRequests,
        int maxOperations,
        long maxBytes,
        Duration giveUpAfter,
        @org.jspecify.annotations.Nullable PrintStream progress,
        long maxFileBytes,
        long memoryBudget) {

    public static IngestSettings defaults() {
        return new IngestSettings(
                Runtime.getRuntime().availableProcessors(),
                2,
                500,
                5L << 20,
                Duration.ofMinutes(2),
                null,
                100L << 20,
                0);
    }

    public IngestSettings withProgress(@org.jspecify.annotations.Nullable PrintStream out) {
        return new IngestSettings(
                readers, maxConcurrentRequests, maxOperations, maxBytes, giveUpAfter, out, maxFileBytes, memoryBudget);
    }

    public IngestSettings withGiveUpAfter(Duration d) {
        return new IngestSettings(
                readers, maxConcurrentRequests, maxOperations, maxBytes, d, progress, maxFileBytes, memoryBudget);
    }

    public IngestSettings withReaders(int n) {
        return new IngestSettings(
                n, maxConcurrentRequests, maxOperations, maxBytes, giveUpAfter, progress, maxFileBytes, memoryBudget);
    }

    public IngestSettings withMaxFileBytes(long bytes) {
        return new IngestSettings(
                readers, maxConcurrentRequests, maxOperations, maxBytes, giveUpAfter, progress, bytes, memoryBudget);
    }
}
