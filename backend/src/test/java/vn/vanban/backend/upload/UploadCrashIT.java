package vn.vanban.backend.upload;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.corpus.CorpusGenerator;
import vn.vanban.indexer.corpus.Format;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.ingest.FileResult;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.testing.OwnNode;
import vn.vanban.indexer.testing.TextFiles;

/**
 * Elasticsearch is killed (SIGKILL) while the portal's upload service indexes a batch of 800
 * documents; the administrator sends the same files again once the node is back (a new upload: new
 * temporary files), and the index holds every document exactly once, each uploaded file attached
 * once. Runs its own node on {@code tests.es.port + 13} so the shared test node is not harmed.
 */
class UploadCrashIT {

    private static final int COUNT = 800;
    private static final String ALIAS = "it-upload-crash";

    @TempDir
    Path work;

    @Test
    void an_upload_interrupted_by_a_crashed_node_and_sent_again_loses_and_repeats_nothing() throws Exception {
        Path corpus = work.resolve("corpus");
        CorpusGenerator.generate(corpus, COUNT, 11, Set.of(Format.TXT));
        List<Path> generated = TextFiles.in(corpus);
        assertThat(generated).hasSize(COUNT);
        FileStore store = new FileStore(work.resolve("home").resolve("store"));
        OwnNode node = OwnNode.at(13);

        IngestReport first;
        try (EsConnection es = node.start()) {
            DocumentIndex index = TestIndices.fresh(es.client(), ALIAS);
            UploadService uploads = new UploadService(index, store, es, Duration.ofSeconds(5));
            List<UploadService.Upload> batch = received(generated, "browser-1");
            first = node.killDuring(() -> uploads.ingestUploads(batch, Visibility.PUBLIC), es.client(), ALIAS, 150);
        }
        assertThat(first.aborted()).contains("unavailable");
        long before = first.count(FileResult.Status.INDEXED);
        assertThat(before).isPositive().isLessThan(COUNT);
        assertThat(first.files()).hasSize(COUNT);

        try (EsConnection es = node.restart()) {
            DocumentIndex index = new DocumentIndex(es.client(), ALIAS);
            UploadService uploads = new UploadService(index, store, es, Duration.ofSeconds(5));
            // Sent again from the browser: the same files, under new temporary paths.
            IngestReport second = uploads.ingestUploads(received(generated, "browser-2"), Visibility.PUBLIC);

            assertThat(second.aborted()).isNull();
            assertThat(second.files())
                    .as(
                            "%s",
                            second.files().stream()
                                    .filter(f -> !f.ok())
                                    .limit(3)
                                    .toList())
                    .allMatch(FileResult::ok);
            assertThat(second.files()).hasSize(COUNT);
            index.refresh();

            Set<String> keys = new HashSet<>();
            second.files().forEach(f -> keys.add(f.key()));
            List<String> attached = new ArrayList<>();
            SearchResponse<Map> indexed = es.client()
                    .search(
                            s -> s.index(ALIAS)
                                    .size(10_000)
                                    .query(q -> q.term(
                                            t -> t.field(DocumentFields.STATUS).value("INDEXED"))),
                            Map.class);
            for (Hit<Map> hit : indexed.hits().hits()) {
                for (Object file : (List<?>) hit.source().get("files")) {
                    attached.add(String.valueOf(((Map<?, ?>) file).get("path")));
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "upload crash test: %d files indexed before the crash; %d INDEXED documents, %d distinct keys,"
                            + " %d file entries%n",
                    before,
                    indexed.hits().total().value(),
                    keys.size(),
                    attached.size());
            // 0 lost: every document of the batch is there; 0 duplicated: once each, every file attached once.
            assertThat(keys).hasSizeGreaterThan(COUNT * 99 / 100);
            assertThat(indexed.hits().total().value()).isEqualTo(keys.size());
            assertThat(index.stats(Audience.ADMIN).documents()).isEqualTo(keys.size());
            assertThat(attached).doesNotHaveDuplicates().hasSize(COUNT);
            assertThat(attached).allMatch(p -> p.contains("/uploads/"), "ingested under its upload path");
        } finally {
            node.stop();
        }
    }

    /** The files as the portal receives them: temporary copies, with the names they had. */
    private List<UploadService.Upload> received(List<Path> files, String browser) throws IOException {
        Path tmp = Files.createDirectories(work.resolve(browser));
        List<UploadService.Upload> out = new ArrayList<>();
        for (Path f : files) {
            Path copy = Files.copy(
                    f,
                    Files.createTempFile(tmp, "upload-", ".part"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            out.add(new UploadService.Upload(copy, f.getFileName().toString()));
        }
        return out;
    }
}
