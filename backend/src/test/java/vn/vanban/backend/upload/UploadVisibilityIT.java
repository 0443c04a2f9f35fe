package vn.vanban.backend.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.ingest.FileResult;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.testing.CommuneNotice;
import vn.vanban.indexer.testing.TestElasticsearch;

/** The visibility chosen for an upload reaches the index; a document's own mark still wins. */
class UploadVisibilityIT {

    @Test
    void an_upload_chosen_internal_is_internal_and_an_internal_mark_wins_over_a_public_upload() throws IOException {
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), "it-upload-visibility");
        Path dir = Files.createTempDirectory("vanban-upload-it");
        UploadService uploads = new UploadService(
                index, new FileStore(dir.resolve("store")), TestElasticsearch.connection(), Duration.ofSeconds(30));

        Path internal = Files.writeString(dir.resolve("a.txt"), CommuneNotice.text("21/TB-UBND", "tiếp công dân"));
        Path open = Files.writeString(dir.resolve("b.txt"), CommuneNotice.text("22/TB-UBND", "lịch trực"));
        Path marked = Files.writeString(
                dir.resolve("c.txt"),
                CommuneNotice.text("23/TB-UBND", "họp giao ban").replace("THÔNG BÁO", "Lưu hành nội bộ\nTHÔNG BÁO"));

        assertThat(visibilities(index, uploads.ingest(List.of(internal), Visibility.INTERNAL)))
                .isEqualTo(Map.of("21/TB-UBND", "INTERNAL"));
        assertThat(visibilities(index, uploads.ingest(List.of(open, marked), Visibility.PUBLIC)))
                .isEqualTo(Map.of("22/TB-UBND", "PUBLIC", "23/TB-UBND", "INTERNAL"));
    }

    /** Document number → visibility as indexed, of every file of the report. */
    private static Map<Object, Object> visibilities(DocumentIndex index, IngestReport report) {
        assertThat(report.files()).allMatch(f -> f.status() == FileResult.Status.INDEXED, "indexed");
        index.refresh();
        Map<Object, Object> out = new HashMap<>();
        for (FileResult f : report.files()) {
            Map<String, Object> doc = index.get(f.key()).orElseThrow();
            out.put(doc.get("number"), doc.get("visibility"));
        }
        return out;
    }
}
