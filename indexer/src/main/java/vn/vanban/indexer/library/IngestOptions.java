package vn.vanban.indexer.library;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Visibility;

/**
 * How one ingestion runs.
 *
 * @param home the application's folder ({@code $VANBAN_HOME}): default store and journal live there
 * @param esUrl the cluster's URL: names the journal (one per index and cluster) and the error
 * @param store where originals are kept, or null for {@code home/store}
 * @param journal the journal of completed files, or null for one under {@code home/ingest/}
 * @param readers reading threads
 * @param giveUpAfter how long Elasticsearch may be unavailable before the run stops
 * @param progress where the progress bar goes, or null for none
 * @param visibility the visibility of documents without a mark ("Lưu hành nội bộ" → INTERNAL)
 */
public record IngestOptions(
        Path home,
        String esUrl,
        @Nullable Path store,
        @Nullable Path journal,
        int readers,
        Duration giveUpAfter,
        @Nullable PrintStream progress,
        Visibility visibility) {

    public static IngestOptions defaults(Path home, String esUrl) {
        return new IngestOptions(
                home,
                esUrl,
                null,
                null,
                Runtime.getRuntime().availableProcessors(),
                Duration.ofMinutes(2),
                null,
                Visibility.PUBLIC);
    }

    public IngestOptions withStore(@Nullable Path dir) {
        return new IngestOptions(home, esUrl, dir, journal, readers, giveUpAfter, progress, visibility);
    }

    public IngestOptions withJournal(@Nullable Path file) {
        return new IngestOptions(home, esUrl, store, file, readers, giveUpAfter, progress, visibility);
    }

    public IngestOptions withReaders(int n) {
        return new IngestOptions(home, esUrl, store, journal, Math.max(1, n), giveUpAfter, progress, visibility);
    }

    public IngestOptions withGiveUpAfter(Duration d) {
        return new IngestOptions(home, esUrl, store, journal, readers, d, progress, visibility);
    }

    public IngestOptions withProgress(@Nullable PrintStream out) {
        return new IngestOptions(home, esUrl, store, journal, readers, giveUpAfter, out, visibility);
    }

    public IngestOptions withVisibility(Visibility v) {
        return new IngestOptions(home, esUrl, store, journal, readers, giveUpAfter, progress, v);
    }
}
