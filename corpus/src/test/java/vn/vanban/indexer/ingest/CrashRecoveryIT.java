package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.corpus.CorpusGenerator;
import vn.vanban.indexer.corpus.Format;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.parse.StandardDocumentReader;
import vn.vanban.indexer.testing.OwnNode;
import vn.vanban.indexer.testing.TextFiles;

/**
 * Elasticsearch is killed (SIGKILL) in the middle of an ingestion of 2 000 generated documents: the
 * run stops with a clear error; once the node is back, the same command completes it, and the index
 * holds exactly the input, no document lost or duplicated. Runs its own node on {@code
 * tests.es.port + 20} so the shared test node is not harmed.
 */
class CrashRecoveryIT {

    private static final int COUNT = 2_000;

    @TempDir
    Path work;

    @Test
    void an_ingestion_interrupted_by_a_crashed_node_completes_on_rerun_without_loss_or_duplicates() throws Exception {
        Path corpus = work.resolve("corpus");
        CorpusGenerator.generate(corpus, COUNT, 7, Set.of(Format.TXT));
        List<Path> files = TextFiles.in(corpus);
        assertThat(files).hasSize(COUNT);

        OwnNode node = OwnNode.at(20);
        IngestReport first;
        try (EsConnection es = node.start()) {
            DocumentIndex index = TestIndices.fresh(es.client(), "it-crash");
            first = node.killDuring(() -> ingest(index, es, files), es.client(), "it-crash", 300);
        }
        assertThat(first.allOk()).isFalse();
        assertThat(first.aborted()).contains("unavailable");
        long completedBefore = first.count(FileResult.Status.INDEXED);
        assertThat(completedBefore).isLessThan(COUNT);
        assertThat(first.files()).hasSize(COUNT);

        try (EsConnection es = node.restart()) {
            DocumentIndex index = new DocumentIndex(es.client(), "it-crash");
            IngestReport second = ingest(index, es, files);

            assertThat(second.allOk())
                    .as(
                            "%s",
                            second.files().stream()
                                    .filter(f -> !f.ok())
                                    .limit(3)
                                    .toList())
                    .isTrue();
            assertThat(second.count(FileResult.Status.UNCHANGED)).isEqualTo(completedBefore);
            index.refresh();
            long indexed = es.client()
                    .count(c -> c.index("it-crash")
                            .query(q ->
                                    q.term(t -> t.field(DocumentFields.STATUS).value("INDEXED"))))
                    .count();
            long distinctKeys =
                    second.files().stream().map(FileResult::key).distinct().count();
            System.out.printf(
                    "crash test: %d files completed before the crash, %d after; %d INDEXED documents, %d distinct keys%n",
                    completedBefore, second.count(FileResult.Status.INDEXED), indexed, distinctKeys);
            // Every file accounted for, every document there exactly once. (A few generated documents share
            // number, issuer and year, and are one document by the identity rule.)
            assertThat(second.count(FileResult.Status.INDEXED) + second.count(FileResult.Status.UNCHANGED))
                    .isEqualTo(COUNT);
            assertThat(distinctKeys).isGreaterThan(COUNT * 99L / 100);
            assertThat(indexed).isEqualTo(distinctKeys);
            assertThat(index.stats(Audience.ADMIN).documents()).isEqualTo(distinctKeys);
        } finally {
            node.stop();
        }
    }

    private IngestReport ingest(DocumentIndex index, EsConnection es, List<Path> files) {
        RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
        try (Journal journal = Journal.open(work.resolve("journal"), index.instanceId())) {
            return new IngestPipeline(
                            index,
                            new StandardDocumentReader(extractor),
                            extractor,
                            new FileStore(work.resolve("store")),
                            journal,
                            IngestSettings.defaults().withGiveUpAfter(Duration.ofSeconds(5)),
                            es.endpoint().url())
                    .run(files);
        }
    }
}
