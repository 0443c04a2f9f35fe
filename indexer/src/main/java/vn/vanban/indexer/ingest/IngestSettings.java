package vn.vanban.indexer.ingest;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import vn.vanban.indexer.access.Visibility;

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
 * @param visibility who may read the documents of the run that carry no mark ("Lưu hành nội bộ" makes
 *     a document INTERNAL whatever this says)
 * @param clock stamps {@code ingestedAt} and the report (tests fix it)
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
        Visibility visibility,
        Clock clock,
        long maxFileBytes,
        long memoryBudget) {

    public static IngestSettings defaults() {
        return new IngestSettings(
                Math.max(1, Runtime.getRuntime().availableProcessors()),
                2,
                500,
                5L << 20,
                Duration.ofMinutes(2),
                null,
                Visibility.PUBLIC,
                Clock.systemUTC(),
                100L << 20,
                0);
    }

    public IngestSettings withProgress(@org.jspecify.annotations.Nullable PrintStream out) {
        return new IngestSettings(
                readers,
                maxConcurrentRequests,
                maxOperations,
                maxBytes,
                giveUpAfter,
                out,
                visibility,
                clock,
                maxFileBytes,
                memoryBudget);
    }

    public IngestSettings withGiveUpAfter(Duration d) {
        return new IngestSettings(
                readers,
                maxConcurrentRequests,
                maxOperations,
                maxBytes,
                d,
                progress,
                visibility,
                clock,
                maxFileBytes,
                memoryBudget);
    }

    public IngestSettings withReaders(int n) {
        return new IngestSettings(
                n,
                maxConcurrentRequests,
                maxOperations,
                maxBytes,
                giveUpAfter,
                progress,
                visibility,
                clock,
                maxFileBytes,
                memoryBudget);
    }

    public IngestSettings withVisibility(Visibility v) {
        return new IngestSettings(
                readers,
                maxConcurrentRequests,
                maxOperations,
                maxBytes,
                giveUpAfter,
                progress,
                v,
                clock,
                maxFileBytes,
                memoryBudget);
    }

    public IngestSettings withClock(Clock c) {
        return new IngestSettings(
                readers,
                maxConcurrentRequests,
                maxOperations,
                maxBytes,
                giveUpAfter,
                progress,
                visibility,
                c,
                maxFileBytes,
                memoryBudget);
    }

    public IngestSettings withMaxFileBytes(long bytes) {
        return new IngestSettings(
                readers,
                maxConcurrentRequests,
                maxOperations,
                maxBytes,
                giveUpAfter,
                progress,
                visibility,
                clock,
                bytes,
                memoryBudget);
    }
}
