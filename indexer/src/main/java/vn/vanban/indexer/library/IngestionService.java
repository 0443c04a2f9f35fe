package vn.vanban.indexer.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.document.Sha256;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestPipeline;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.ingest.IngestSettings;
import vn.vanban.indexer.ingest.Journal;
import vn.vanban.indexer.ingest.RecordingExtractor;
import vn.vanban.indexer.parse.StandardDocumentReader;

/**
 * Files, folders and zip archives into the index, then the graph refresh: always both, whoever
 * calls (the CLI's {@code ingest}, an upload in the portal).
 */
public final class IngestionService {

    private final DocumentIndex index;
    private final GraphState graphState;
    private final Clock clock;
    private final UnaryOperator<DocumentReader> reading;

    IngestionService(DocumentIndex index, GraphState graphState, Clock clock) {
        this(index, graphState, clock, UnaryOperator.identity());
    }

    /**
     * @param reading wraps the standard reader: lets a test act while a run is half-way (another
     *     reader's graph refresh between two files), as a reader thread would meet it
     */
    IngestionService(DocumentIndex index, GraphState graphState, Clock clock, UnaryOperator<DocumentReader> reading) {
        this.index = index;
        this.graphState = graphState;
        this.clock = clock;
        this.reading = reading;
    }

    /**
     * What a run did.
     *
     * @param graph the graph refresh that followed, or null when it failed ({@code graphError})
     * @param graphError why the graph could not be refreshed (Elasticsearch gone): the graph stays
     *     marked stale ({@link GraphState}) and the next chain or implementers read rebuilds it
     */
    public record Ingestion(
            IngestReport report,
            Ancestors.@Nullable Refresh graph,
            @Nullable String graphError) {}

    /** The index cannot be reached or created: nothing was read. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Ingests every file under {@code paths}: a bad file is reported in the result, never thrown.
     *
     * @throws Unavailable when the index cannot be used at all
     */
    public Ingestion ingest(List<Path> paths, IngestOptions options) {
        String instance;
        GraphState.Run run;
        try {
            index.ensureExists();
            instance = index.instanceId();
            index.addNewFields();
            // Marked while Elasticsearch answers, before any document is written: a run that stops
            // half-way cannot mark anything any more, and its graph refresh may fail. The run holds the
            // mark while it writes (heartbeat), so a reader's refresh meanwhile does not clear it.
            run = graphState.begin("ingest");
        } catch (RuntimeException e) {
            throw new Unavailable("cannot use Elasticsearch at " + options.esUrl() + ": " + e.getMessage(), e);
        }
        Path journalFile = options.journal() != null
                ? options.journal()
                : options.home()
                        .resolve("ingest")
                        .resolve(index.alias() + "-"
                                + Sha256.hex(options.esUrl().getBytes(StandardCharsets.UTF_8))
                                        .substring(0, 8) + ".journal");
        FileStore store = options.store() != null ? new FileStore(options.store()) : FileStore.under(options.home());
        RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
        IngestSettings settings = IngestSettings.defaults()
                .withReaders(options.readers())
                .withGiveUpAfter(options.giveUpAfter())
                .withProgress(options.progress())
                .withVisibility(options.visibility())
                .withClock(clock);
        IngestReport report;
        try (run;
                Journal journal = Journal.open(journalFile, instance)) {
            // Beats only inside this block, which ends the run whatever happens (no beating thread left).
            run.beating();
            report = new IngestPipeline(
                            index,
                            reading.apply(new StandardDocumentReader(extractor)),
                            extractor,
                            store,
                            journal,
                            settings,
                            options.esUrl())
                    .run(paths);
        }
        // Always, also after a stopped run: what was indexed is in the graph (vn.vanban.indexer.graph).
        // After the run ended: nothing more is written, so this refresh may clear the mark.
        try {
            return new Ingestion(report, new Ancestors(index.client(), index.alias(), clock).refresh(), null);
        } catch (RuntimeException e) {
            return new Ingestion(report, null, "graph not refreshed: " + e.getMessage());
        }
    }
}
