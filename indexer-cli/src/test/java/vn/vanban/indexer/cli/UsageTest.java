package vn.vanban.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UsageTest {

    @Test
    void every_command_prints_its_help_without_picocli_warnings() {
        Map<String, CommandLine> commands = new CommandLine(new IndexerCli()).getSubcommands();
        PrintStream err = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        StringBuilder usage = new StringBuilder();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            commands.values().forEach(c -> usage.append(c.getUsageMessage()));
        } finally {
            System.setErr(err);
        }

        assertThat(commands).containsKeys("ingest", "chain", "implementers", "generate-corpus");
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        // A literal % in a description must be written %% (picocli formats descriptions).
        assertThat(usage).contains("80% txt");
    }

    @Test
    void every_command_answers_help_with_its_own_usage_and_exit_code_0() {
        PrintStream out = System.out;
        for (String name : new CommandLine(new IndexerCli()).getSubcommands().keySet()) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int code;
            try {
                System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
                code = IndexerCli.run(name, "--help");
            } finally {
                System.setOut(out);
            }
            assertThat(code).as(name).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).as(name).contains("Usage: indexer " + name);
        }
    }
}
