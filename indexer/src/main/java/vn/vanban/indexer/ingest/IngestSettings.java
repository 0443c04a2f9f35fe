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
 */
public record IngestSettings(
        int readers,
        int maxConcurrentRequests,
        int maxOperations,
        long maxBytes,
        Duration giveUpAfter,
        @org.jspecify.annotations.Nullable PrintStream progress,
        Visibility visibility,
        Clock clock) {

    public static IngestSettings defaults() {
        return new IngestSettings(
                Runtime.getRuntime().availableProcessors(),
                2,
                500,
                5L << 20,
                Duration.ofMinutes(2),
                null,
                Visibility.PUBLIC,
                Clock.systemUTC());
    }

    public IngestSettings withProgress(@org.jspecify.annotations.Nullable PrintStream out) {
        return new IngestSettings(
                readers, maxConcurrentRequests, maxOperations, maxBytes, giveUpAfter, out, visibility, clock);
    }

    public IngestSettings withGiveUpAfter(Duration d) {
        return new IngestSettings(
                readers, maxConcurrentRequests, maxOperations, maxBytes, d, progress, visibility, clock);
    }

    public IngestSettings withReaders(int n) {
        return new IngestSettings(
                n, maxConcurrentRequests, maxOperations, maxBytes, giveUpAfter, progress, visibility, clock);
    }

    public IngestSettings withVisibility(Visibility v) {
        return new IngestSettings(
                readers, maxConcurrentRequests, maxOperations, maxBytes, giveUpAfter, progress, v, clock);
    }

    public IngestSettings withClock(Clock c) {
        return new IngestSettings(
                readers, maxConcurrentRequests, maxOperations, maxBytes, giveUpAfter, progress, visibility, c);
    }
}
