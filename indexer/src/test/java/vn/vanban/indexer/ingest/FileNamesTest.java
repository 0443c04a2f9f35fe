package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names are bytes; what is not UTF-8 or not printable is shown escaped, never lost. */
class FileNamesTest {

    @TempDir
    Path dir;

    @Test
    void bytes_that_are_not_utf8_are_escaped_and_the_rest_reads_as_utf8() {
        byte[] name = concat("Kế hoạch ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, 'x', (byte) 0xe9});
        assertThat(FileNames.escape(name)).isEqualTo("Kế hoạch \\xffx\\xe9");
    }

    @Test
    void control_characters_and_backslashes_are_escaped_so_two_names_never_read_the_same() {
        assertThat(FileNames.escape("a\u001b[31m\tb".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a\\x1b[31m\\x09b");
        assertThat(FileNames.escape("\\xff".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(FileNames.escape(new byte[] {(byte) 0xff}))
                .isEqualTo("\\\\xff");
    }

    @Test
    void a_file_named_by_raw_bytes_is_found_walked_read_and_reported_escaped() throws IOException {
        Path odd = FileNames.fromBytes(new byte[] {'b', (byte) 0xe9, 'o', (byte) 0xff, '.', 't', 'x', 't'}, dir);
        Files.writeString(odd, "Số: 1/TB-UBND");
        Path vietnamese = FileNames.fromBytes("Thông báo.txt".getBytes(StandardCharsets.UTF_8), dir);
        Files.writeString(vietnamese, "Số: 2/TB-UBND");

        List<InputFiles.Unreadable> unreadable = new ArrayList<>();
        List<InputFile> files = InputFiles.expand(List.of(dir), unreadable);

        assertThat(unreadable).isEmpty();
        String base = FileNames.display(dir.toAbsolutePath().normalize());
        assertThat(files)
                .extracting(InputFile::path)
                .containsExactlyInAnyOrder(base + "/b\\xe9o\\xff.txt", base + "/Thông báo.txt");
        assertThat(files).extracting(InputFile::name).contains("b\\xe9o\\xff.txt", "Thông báo.txt");
        for (InputFile f : files) {
            assertThat(new String(f.readAtMost(1000), StandardCharsets.UTF_8)).startsWith("Số:");
        }
    }

    @Test
    void a_path_from_bytes_names_exactly_those_bytes() {
        byte[] raw = {'/', 't', 'm', 'p', '/', (byte) 0xfe, ' ', '%', '2', '0'};
        Path p = FileNames.fromBytes(raw, dir);
        assertThat(FileNames.bytes(p)).isEqualTo(raw);
        assertThat(FileNames.display(p)).isEqualTo("/tmp/\\xfe %20");
    }

    @Test
    void a_plain_name_is_shown_as_it_is() {
        assertThat(FileNames.display(Path.of("/data/Quyết định 12.pdf"))).isEqualTo("/data/Quyết định 12.pdf");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
