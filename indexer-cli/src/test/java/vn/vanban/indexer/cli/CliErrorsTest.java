package vn.vanban.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a user reads when a command cannot do its work: one clear line, never a Java stack trace. */
class CliErrorsTest {

    private record Run(int exit, String err) {}

    private static Run run(String... args) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int exit = IndexerCli.run(args);
            return new Run(exit, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }

    @Test
    void stats_and_implementers_without_elasticsearch_say_so_without_a_stack_trace() {
        for (String command : new String[] {"stats", "implementers"}) {
            Run run = command.equals("stats")
                    ? run("stats", "--es", "http://127.0.0.1:1")
                    : run("implementers", "03-CT/TW", "--es", "http://127.0.0.1:1");
            assertThat(run.exit()).as(command).isNotZero();
            assertThat(run.err()).as(command).isNotBlank().doesNotContain("\tat ", "Exception in thread");
        }
    }

    @Test
    void a_file_named_like_an_option_is_told_to_follow_double_dash() {
        Run run = run("ingest", "-rf.txt");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("indexer ingest -- -rf.txt");
    }
}
