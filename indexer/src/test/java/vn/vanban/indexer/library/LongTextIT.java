package vn.vanban.indexer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.extract.ExtractionSettings;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.StoredDocument;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * A valid text file longer than the extraction limit (a 60 MB report, generated here and never
 * committed) is indexed in part with a note on the document — {@code truncated} and the whole text's
 * length — instead of being refused or stopping the run (issue 10).
 */
class LongTextIT {

    private static final String ALIAS = "it-long-text";

    @TempDir
    Path dir;

    @Test
    void a_text_longer_than_the_limit_is_indexed_in_part_with_a_note() throws IOException, URISyntaxException {
        TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Path big = dir.resolve("ke-hoach-179-dai.txt");
        long chars = write60Megabytes(big);
        Library library = new Library(TestElasticsearch.client(), ALIAS);

        IngestionService.Ingestion run = library.ingestion()
                .ingest(
                        List.of(big, fixture()),
                        IngestOptions.defaults(dir.resolve("home"), TestElasticsearch.url())
                                .withReaders(1));

        assertThat(run.report().allOk()).as("%s", run.report().files()).isTrue();
        assertThat(run.graphError()).isNull();
        String key = ((GraphService.Found) library.documents().find("179-KH/TU", Audience.PUBLIC))
                .node()
                .key();
        StoredDocument doc = library.documents().get(key, Audience.PUBLIC).orElseThrow();
        assertThat(doc.files()).hasSize(2);
        int limit = ExtractionSettings.defaults().maxChars();
        assertThat(doc.truncated()).isTrue();
        assertThat(doc.originalLength()).isEqualTo(chars);
        assertThat(doc.text()).hasSizeLessThanOrEqualTo(limit).hasSizeGreaterThan(limit - 20_000);
    }

    @Test
    void a_whole_text_carries_no_note() throws IOException, URISyntaxException {
        TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Library library = new Library(TestElasticsearch.client(), ALIAS);

        library.ingestion()
                .ingest(List.of(fixture()), IngestOptions.defaults(dir.resolve("home"), TestElasticsearch.url()));

        String key = ((GraphService.Found) library.documents().find("179-KH/TU", Audience.PUBLIC))
                .node()
                .key();
        StoredDocument doc = library.documents().get(key, Audience.PUBLIC).orElseThrow();
        assertThat(doc.truncated()).isNull();
        assertThat(doc.originalLength()).isNull();
    }

    /** The 179-KH/TU plan, then plain paragraphs up to 60 MB; returns its length in characters. */
    private static long write60Megabytes(Path file) throws IOException, URISyntaxException {
        String head = Files.readString(fixture());
        long chars = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            chars += head.length();
            for (int i = 0; Files.size(file) < 60L * 1024 * 1024; i++) {
                for (int j = 0; j < 1_000; j++) {
                    String line = "\nĐoạn phụ lục " + (i * 1_000 + j)
                            + ": tình hình sản xuất, tiêu dùng hàng Việt tại các phường, xã trong năm được tổng"
                            + " hợp theo từng địa bàn, từng ngành hàng và từng tháng.\n";
                    out.write(line);
                    chars += line.length();
                }
                out.flush();
            }
        }
        return chars;
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(
                        LongTextIT.class.getResource("/fixtures/ingest/ke-hoach-179-KH-TU-thanh-uy-cam-pha.txt"))
                .toURI());
    }
}
