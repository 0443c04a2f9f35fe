package vn.vanban.indexer.ingest;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
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
        @Nullable PrintStream progress,
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

    public IngestSettings withProgress(@Nullable PrintStream out) {
        return with(b -> b.progress = out);
    }

    public IngestSettings withGiveUpAfter(Duration d) {
        return with(b -> b.giveUpAfter = d);
    }

    public IngestSettings withReaders(int n) {
        return with(b -> b.readers = n);
    }

    public IngestSettings withVisibility(Visibility v) {
        return with(b -> b.visibility = v);
    }

    public IngestSettings withClock(Clock c) {
        return with(b -> b.clock = c);
    }

    public IngestSettings withMaxFileBytes(long bytes) {
        return with(b -> b.maxFileBytes = bytes);
    }

    /** These settings with what {@code change} sets: the one place that lists every component. */
    private IngestSettings with(Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return new IngestSettings(
                b.readers,
                b.maxConcurrentRequests,
                b.maxOperations,
                b.maxBytes,
                b.giveUpAfter,
                b.progress,
                b.visibility,
                b.clock,
                b.maxFileBytes,
                b.memoryBudget);
    }

    /** The components, mutable for one {@link #with}. */
    private static final class Copy {
        int readers;
        int maxConcurrentRequests;
        int maxOperations;
        long maxBytes;
        Duration giveUpAfter;

        @Nullable
        PrintStream progress;

        Visibility visibility;
        Clock clock;
        long maxFileBytes;
        long memoryBudget;

        Copy(IngestSettings s) {
            readers = s.readers;
            maxConcurrentRequests = s.maxConcurrentRequests;
            maxOperations = s.maxOperations;
            maxBytes = s.maxBytes;
            giveUpAfter = s.giveUpAfter;
            progress = s.progress;
            visibility = s.visibility;
            clock = s.clock;
            maxFileBytes = s.maxFileBytes;
            memoryBudget = s.memoryBudget;
        }
    }
}
