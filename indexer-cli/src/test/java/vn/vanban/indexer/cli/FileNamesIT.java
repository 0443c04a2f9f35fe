package vn.vanban.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.ingest.FileNames;
import vn.vanban.indexer.testing.CommuneNotice;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * File names are bytes: the CLI jar, run in a subprocess under {@code LANG=C} (Java's file-name
 * charset is then ASCII), indexes Vietnamese names given on the command line or met in a folder, and
 * a name that is not UTF-8 at all; the report shows the Vietnamese names as they are and the odd
 * bytes escaped ({@code \xff}), and no file is lost.
 */
class FileNamesIT {

    @TempDir
    Path work;

    @Test
    void vietnamese_and_non_utf8_file_names_are_indexed_under_lang_c_and_reported_escaped() throws Exception {
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), "it-file-names");
        Path folder = Files.createDirectories(work.resolve("thu-muc"));
        // Every name is made by the shell from its bytes, so the test does not depend on its own locale:
        // two Vietnamese names in UTF-8, and two that are not UTF-8 (a Latin-1 "é", a lone 0xff, 0xfe);
        // one of each kind is met in the folder, the other given on the command line.
        Files.writeString(work.resolve("1"), CommuneNotice.text("31/TB-UBND", "tiếp công dân"));
        Files.writeString(work.resolve("2"), CommuneNotice.text("32/TB-UBND", "lịch trực"));
        Files.writeString(work.resolve("3"), CommuneNotice.text("33/TB-UBND", "họp giao ban"));
        Files.writeString(work.resolve("4"), CommuneNotice.text("34/TB-UBND", "lịch họp"));
        Result made = run(List.of(
                "/bin/sh",
                "-c",
                "mv 1 \"$(printf '" + bytes("thu-muc/Kế hoạch tiếp dân.txt") + "')\""
                        + " && mv 2 \"$(printf '" + bytes("Thông báo lịch trực.txt") + "')\""
                        + " && mv 3 \"$(printf 'thu-muc/b\\351o\\377.txt')\""
                        + " && mv 4 \"$(printf 'r\\376.txt')\""
                        + " && : > \"$(printf '" + bytes("thu-muc/Tờ trình rỗng.pdf") + "')\""));
        assertThat(made.exit()).as(made.output()).isZero();
        try (Stream<Path> listed = Files.list(folder)) {
            assertThat(listed.count()).isEqualTo(3);
        }

        Path report = work.resolve("report.json");
        String script = "exec \"$0\" -jar \"$1\" ingest thu-muc \"$(printf '" + bytes("Thông báo lịch trực.txt")
                + "')\" \"$(printf 'r\\376.txt')\""
                + " --es \"$2\" --alias it-file-names --store store --journal journal --report report.json --quiet";
        Result cli = run(List.of(
                "/bin/sh",
                "-c",
                script,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("target", "indexer.jar").toAbsolutePath().toString(),
                TestElasticsearch.url()));

        assertThat(cli.exit()).as("one file failed (empty): %s", cli.output()).isEqualTo(1);
        assertThat(cli.output()).contains("tệp/files").doesNotContain("Exception");

        JsonNode files = new ObjectMapper().readTree(report.toFile()).get("files");
        Map<String, String> statusByPath = new HashMap<>();
        Map<String, String> numberByPath = new HashMap<>();
        index.refresh();
        for (JsonNode f : files) {
            String path = f.get("path").asText();
            statusByPath.put(path, f.get("status").asText());
            if (f.hasNonNull("key")) {
                numberByPath.put(
                        path,
                        String.valueOf(
                                index.get(f.get("key").asText()).orElseThrow().get("number")));
            }
        }
        String base = FileNames.display(work.toRealPath());
        assertThat(files).hasSize(5);
        assertThat(numberByPath)
                .as("every file read, under its own name: %s", statusByPath)
                .containsEntry(base + "/thu-muc/Kế hoạch tiếp dân.txt", "31/TB-UBND")
                .containsEntry(base + "/Thông báo lịch trực.txt", "32/TB-UBND")
                .containsEntry(base + "/thu-muc/b\\xe9o\\xff.txt", "33/TB-UBND")
                .containsEntry(base + "/r\\xfe.txt", "34/TB-UBND");
        assertThat(statusByPath).containsEntry(base + "/thu-muc/Tờ trình rỗng.pdf", "FAILED");
        assertThat(statusByPath.values()).containsOnly("INDEXED", "FAILED");
        assertThat(cli.output())
                .contains("5 tệp/files: 4 indexed, 0 unchanged, 1 failed")
                // the name intact, said once, and why in plain words
                .contains("LỖI/ERROR " + base + "/thu-muc/Tờ trình rỗng.pdf: empty file (0 bytes)")
                .doesNotContain("\uFFFD");
    }

    /** The name's UTF-8 bytes as {@code printf} octal escapes. */
    private static String bytes(String name) {
        StringBuilder s = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            s.append('\\').append(Integer.toOctalString(b & 0xff));
        }
        return s.toString();
    }

    private record Result(int exit, String output) {}

    private Result run(List<String> command) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANGUAGE"));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.remove("JAVA_TOOL_OPTIONS");
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
