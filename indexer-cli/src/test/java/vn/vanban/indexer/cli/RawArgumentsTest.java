package vn.vanban.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.ingest.FileNames;

/** Which arguments get their bytes back from the process's command line. */
class RawArgumentsTest {

    private static final byte[] LATIN1 = {'b', (byte) 0xe9, '.', 't', 'x', 't'};

    @Test
    void an_argument_java_decoded_with_a_loss_is_read_again_from_its_bytes_and_a_clean_one_is_not() {
        String[] decoded = {"ingest", "b\uFFFD.txt", "Th\uFFFD\uFFFDng.txt", "--report=r\uFFFD.json"};
        RawArguments raw = RawArguments.of(
                decoded,
                List.of(
                        "java".getBytes(StandardCharsets.US_ASCII),
                        "ingest".getBytes(StandardCharsets.US_ASCII),
                        LATIN1,
                        "Thông.txt".getBytes(StandardCharsets.UTF_8),
                        concat("--report=r".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xff}, ".json")));

        assertThat(raw.args()).containsExactly("ingest", "b\\xe9.txt", "Thông.txt", "--report=r\\xff.json");
        assertThat(FileNames.display(raw.path("b\\xe9.txt"))).endsWith("/b\\xe9.txt");
        assertThat(FileNames.display(raw.path("r\\xff.json"))).endsWith("/r\\xff.json");
        // converted twice (picocli may), the same path each time
        assertThat(raw.path("Thông.txt")).isEqualTo(raw.path("Thông.txt"));
        assertThat(raw.path("plain.txt")).isEqualTo(Path.of("plain.txt"));
    }

    @Test
    void a_command_line_that_does_not_end_with_the_arguments_is_not_used() {
        assertThat(RawArguments.of(new String[] {"ingest", "b\uFFFD.txt"}, List.of("x".getBytes(), LATIN1))
                        .args())
                .containsExactly("ingest", "b\uFFFD.txt");
    }

    private static byte[] concat(byte[] a, byte[] b, String c) {
        byte[] tail = c.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[a.length + b.length + tail.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(tail, 0, out, a.length + b.length, tail.length);
        return out;
    }
}
