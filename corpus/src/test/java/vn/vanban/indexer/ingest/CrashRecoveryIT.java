package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.corpus.CorpusGenerator;
import vn.vanban.indexer.corpus.Format;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.es.LocalNodeSettings;
import vn.vanban.indexer.es.NodeStatus;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.parse.StandardDocumentReader;
import vn.vanban.indexer.testing.TestElasticsearch;

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
        List<Path> files;
        try (Stream<Path> walk = Files.list(corpus)) {
            files = walk.filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSize(COUNT);

        LocalNodeSettings settings = TestElasticsearch.nodeSettings(20).withHeap("512m", "512m");
        IngestReport first;
        try (EsConnection es = EsConnection.open(null, settings, LocalNode.Lifecycle.ATTACHED)) {
            DocumentIndex index = TestIndices.fresh(es.client(), "it-crash");
            CompletableFuture<IngestReport> run = CompletableFuture.supplyAsync(() -> ingest(index, es, files));
            await().atMost(Duration.ofMinutes(5)).until(() -> count(es.client(), "it-crash") >= 300 || run.isDone());
            assertThat(run).as("the run must still be going when the node dies").isNotDone();
            NodeStatus status = LocalNode.status(settings);
            ProcessHandle.of(status.pid()).orElseThrow().destroyForcibly(); // a crash, not a clean stop
            first = run.get();
        }
        assertThat(first.allOk()).isFalse();
        assertThat(first.aborted()).contains("unavailable");
        long completedBefore = first.count(FileResult.Status.INDEXED);
        assertThat(completedBefore).isLessThan(COUNT);
        assertThat(first.files()).hasSize(COUNT);

        try (EsConnection es = EsConnection.open(null, settings, LocalNode.Lifecycle.ATTACHED)) {
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
            LocalNode.stop(settings);
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

    private static long count(ElasticsearchClient client, String alias) {
        try {
            return client.count(c -> c.index(alias)).count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
