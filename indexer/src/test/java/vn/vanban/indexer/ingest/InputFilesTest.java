package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_folder_walk_takes_documents_and_leaves_ground_truth_sidecars_out() throws IOException {
        Files.writeString(dir.resolve("ke-hoach.txt"), "KẾ HOẠCH");
        Files.writeString(dir.resolve("ke-hoach.txt.expected.json"), "{}");
        Files.writeString(dir.resolve("manifest.json"), "{}");
        Files.writeString(dir.resolve(".hidden"), "x");
        List<InputFiles.Unreadable> unreadable = new ArrayList<>();

        List<InputFile> files = InputFiles.expand(List.of(dir), unreadable);

        assertThat(files)
                .extracting(f -> Path.of(f.path()).getFileName().toString())
                .containsExactly("ke-hoach.txt");
        assertThat(unreadable).singleElement().satisfies(u -> {
            assertThat(u.path()).endsWith(".hidden");
            assertThat(u.status()).isEqualTo(FileResult.Status.SKIPPED);
            assertThat(u.error()).startsWith("hidden file");
        });
    }

    @Test
    void symbolic_links_and_fifos_in_a_folder_are_reported_with_their_reason() throws Exception {
        Path target = Files.writeString(dir.resolve("that.txt"), "KẾ HOẠCH");
        Files.createSymbolicLink(dir.resolve("link.txt"), target);
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        List<InputFiles.Unreadable> unreadable = new ArrayList<>();

        List<InputFile> files = InputFiles.expand(List.of(dir), unreadable);

        assertThat(files).extracting(InputFile::name).containsExactly("that.txt");
        assertThat(unreadable)
                .extracting(u -> Path.of(u.path()).getFileName() + ": " + u.error())
                .containsExactlyInAnyOrder(
                        "link.txt: symbolic link: not followed (give its target instead)",
                        "pipe.txt: not a regular file (a FIFO, socket or device): not read");
    }

    @Test
    void zip_entries_that_leave_the_archive_folder_are_refused() throws IOException {
        Path zip = dir.resolve("a.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("../../etc/evil.txt", "/abs.txt", "ok/plan.txt")) {
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                out.write("KẾ HOẠCH".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        List<InputFiles.Unreadable> unreadable = new ArrayList<>();

        List<InputFile> files = InputFiles.expand(List.of(zip), unreadable);

        assertThat(files).extracting(InputFile::entry).containsExactly("ok/plan.txt");
        assertThat(unreadable).hasSize(2).allSatisfy(u -> assertThat(u.error()).contains("leaves the archive"));
    }

    @Test
    void a_missing_path_is_reported_by_name() {
        List<InputFiles.Unreadable> unreadable = new ArrayList<>();
        InputFiles.expand(List.of(dir.resolve("khong-co")), unreadable);
        assertThat(unreadable)
                .singleElement()
                .satisfies(u -> assertThat(u.path()).endsWith("khong-co"));
    }

    @Test
    void a_zip_entry_larger_than_its_header_says_is_given_up_while_inflating() throws IOException {
        Path zip = dir.resolve("bom.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("zeros.txt"));
            out.write(new byte[4 << 20]);
            out.closeEntry();
        }
        // The header of a crafted archive may claim a few bytes: only reading can tell.
        InputFile lying = new InputFile(zip + "!/zeros.txt", zip, "zeros.txt", 10, 0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lying.readAtMost(1 << 20))
                .isInstanceOf(InputFile.TooLarge.class)
                .hasMessageContaining("unpacks to more than 1.0 MB");
        assertThat(new InputFile(zip + "!/zeros.txt", zip, "zeros.txt", 4 << 20, 0).readAtMost(8 << 20))
                .hasSize(4 << 20);
    }
}
