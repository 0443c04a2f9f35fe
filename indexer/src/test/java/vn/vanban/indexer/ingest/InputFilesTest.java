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
        assertThat(unreadable).isEmpty();
    }

    @Test
    void a_missing_path_is_reported_by_name() {
        List<InputFiles.Unreadable> unreadable = new ArrayList<>();
        InputFiles.expand(List.of(dir.resolve("khong-co")), unreadable);
        assertThat(unreadable)
                .singleElement()
                .satisfies(u -> assertThat(u.path()).endsWith("khong-co"));
    }
}
