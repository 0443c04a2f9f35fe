package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.IndexStats;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * All 202 Gazette documents of {@code ../shared/corpus/congbao} (txt, and pdf for 99 of them): every
 * file accounted for in the report, a PDF and its .txt one document, stats printed. Read where they
 * are; skipped when absent.
 */
class CongbaoIT {

    @TempDir
    Path home;

    @Test
    void every_gazette_file_is_accounted_for_and_a_pdf_and_its_txt_are_one_document() throws IOException {
        Path congbao = TestElasticsearch.sharedDir()
                .map(d -> d.resolve("corpus/congbao"))
                .orElse(Path.of("/nonexistent"));
        assumeTrue(Files.isDirectory(congbao), "skipped: ../shared/corpus/congbao not found");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(congbao)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        }
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), "it-congbao");

        IngestReport report = Ingestion.run(
                index,
                home,
                "journal",
                List.of(
                        congbao.resolve("bhxh"),
                        congbao.resolve("cong_doan"),
                        congbao.resolve("hd_khoan"),
                        congbao.resolve("hdld")));
        report.write(home.resolve("report.json"));

        assertThat(report.files())
                .extracting(FileResult::path)
                .containsExactlyInAnyOrderElementsOf(
                        files.stream().map(Path::toString).toList());
        Map<String, FileResult> byPath = new HashMap<>();
        report.files().forEach(f -> byPath.put(f.path(), f));
        List<String> split = new ArrayList<>();
        int pairs = 0;
        java.util.Set<String> distinctDocuments = new java.util.HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(congbao.resolve("index.jsonl"))) {
            JsonNode entry = json.readTree(line);
            // The same Gazette document can be filed under two topics (same file name in both folders).
            distinctDocuments.add(
                    Path.of(entry.get("file").asText()).getFileName().toString());
            if (entry.get("pdf").isNull()) {
                continue;
            }
            FileResult txt =
                    byPath.get(congbao.resolve(entry.get("file").asText()).toString());
            FileResult pdf =
                    byPath.get(congbao.resolve(entry.get("pdf").asText()).toString());
            pairs++;
            if (txt.key() == null || !txt.key().equals(pdf.key())) {
                split.add(entry.get("file").asText() + " → " + txt.key() + " / " + pdf.key() + " " + pdf.error());
            }
        }
        IndexStats stats = index.stats(Audience.ADMIN);
        System.out.printf(
                "congbao: %d files (%d indexed, %d failed) → %d documents in %.1f s; %d pdf/txt pairs, %d split%n"
                        + "stats: %s%n",
                report.files().size(),
                report.count(FileResult.Status.INDEXED),
                report.count(FileResult.Status.FAILED),
                report.documents(),
                report.elapsed().toMillis() / 1000.0,
                pairs,
                split.size(),
                stats);
        split.forEach(s -> System.out.println("  split: " + s));
        report.files().stream()
                .filter(f -> !f.ok())
                .forEach(f -> System.out.println("  failed: " + f.path() + ": " + f.error()));
        assertThat(report.files())
                .allSatisfy(f ->
                        assertThat(f.status()).as("%s: %s", f.path(), f.error()).isEqualTo(FileResult.Status.INDEXED));
        assertThat(split).isEmpty();
        assertThat(stats.documents()).isEqualTo(distinctDocuments.size());
    }
}
