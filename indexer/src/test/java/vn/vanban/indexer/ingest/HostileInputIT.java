package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * Issue #11, "Hostile input": the {@link HostileCorpus} (more than 50 files written to hurt) ingested
 * by {@link HostileIngest} in its own JVM with a 256 MB heap against the real node. Every path gets a
 * status and a message a reader understands, the valid documents are indexed, secret-marked files are
 * neither indexed nor stored, and the process ends on its own (no crash, no hang).
 */
class HostileInputIT {

    private static final String ALIAS = "it-hostile";

    /** Far above what the run takes (about a minute on a quiet machine): only a hang reaches it. */
    private static final long HANG_MINUTES = 20;

    @TempDir
    Path dir;

    @Test
    void every_hostile_file_gets_a_clear_status_and_the_rest_is_indexed_in_a_small_heap() throws Exception {
        Path corpus = dir.resolve("corpus");
        Map<String, HostileCorpus.Expected> expected = HostileCorpus.write(corpus);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(50);
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Path home = Files.createDirectories(dir.resolve("home"));
        // Kept after the test for whoever wants to read what each hostile file came to.
        Path report = Path.of("target", "hostile-input-report.json").toAbsolutePath();
        Path log = dir.resolve("ingest.log");

        Process ingest = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HostileIngest.class.getName(),
                        TestElasticsearch.url(),
                        ALIAS,
                        home.toString(),
                        report.toString(),
                        corpus.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = ingest.waitFor(HANG_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            ingest.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output.length() > 4000 ? output.substring(output.length() - 4000) : output);
        assertThat(ended).as("the ingest ended within %d minutes", HANG_MINUTES).isTrue();
        assertThat(ingest.exitValue()).as(output).isZero();

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("aborted").isNull())
                .as(json.get("aborted").asText())
                .isTrue();
        Map<String, JsonNode> byPath = new HashMap<>();
        json.get("files").forEach(f -> byPath.put(f.get("path").asText(), f));
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        for (Map.Entry<String, HostileCorpus.Expected> e : expected.entrySet()) {
            // A name's control characters are reported escaped: a report printed to a terminal cannot
            // recolour it or ring its bell.
            String path = corpus + "/" + e.getKey().replace("\u001b", "\\x1b").replace("\u0007", "\\x07");
            soft.assertThat(byPath).as("in the report: %s", path).containsKey(path);
            JsonNode file = byPath.get(path);
            if (file == null) {
                continue;
            }
            String status = file.get("status").asText();
            String error = file.get("error").asText("");
            String warning = file.get("warning").asText("");
            HostileCorpus.Expected want = e.getValue();
            if (want.says().equals("*")) {
                soft.assertThat(status).isIn("INDEXED", "FAILED");
                continue;
            }
            soft.assertThat(status)
                    .as("%s: %s %s", path, error, warning)
                    .isEqualTo(want.status().name());
            if (want.status() == FileResult.Status.FAILED) {
                soft.assertThat(error).as(path).isNotBlank().contains(want.says());
            } else if (!want.says().isEmpty()) {
                soft.assertThat(warning).as(path).contains(want.says());
            }
        }
        soft.assertAll();
        assertThat(byPath).hasSize(expected.size());
        for (JsonNode file : byPath.values()) {
            String error = file.get("error").asText("");
            // What a reader sees: the file, not a temporary copy; the problem, not Tika's internals.
            assertThat(error)
                    .as(file.get("path").asText())
                    .doesNotContain("\tat ", "vanban-ingest-", "TIKA-198", "InputStream must have", "org.apache.tika");
        }

        index.refresh();
        String plan1 = byPath.get(corpus + "/hop-le/ke-hoach-1.txt").get("key").asText();
        assertThat(plan1).startsWith("901-KH/HU~").endsWith("~2024");
        String issuerAndYear = plan1.substring("901-KH/HU".length());
        for (String valid : List.of("hop-le/ke-hoach-12.txt", "ma/cp1258.txt", "ma/tcvn3.txt", "ma/vni.txt")) {
            String key = byPath.get(corpus + "/" + valid).get("key").asText();
            assertThat(key).as(valid).endsWith(issuerAndYear).doesNotStartWith("sha256");
            assertThat(index.get(key)).as(valid).isPresent();
        }
        assertThat(byPath.get(corpus + "/ma/cp1258.txt").get("key").asText()).startsWith("931-KH/HU~");
        for (int secret = 980; secret <= 983; secret++) {
            assertThat(index.get(secret + "-KH/HU" + issuerAndYear))
                    .as("secret %d", secret)
                    .isEmpty();
        }
        List<String> stored;
        try (Stream<Path> files = Files.walk(home.resolve("store"))) {
            stored = files.map(p -> p.getFileName().toString()).toList();
        }
        for (String secret : List.of("mat/mat.txt", "mat/toi-mat-hop.txt", "mat/tuyet-mat.txt", "lon/lon-200mb.txt")) {
            String sha = sha256(corpus.resolve(secret));
            assertThat(stored).as("stored: %s", secret).noneMatch(name -> name.startsWith(sha));
        }
    }

    private static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
