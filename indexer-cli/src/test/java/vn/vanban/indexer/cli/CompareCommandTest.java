package vn.vanban.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.vanban.indexer.corpus.PlanPairs;

class CompareCommandTest {

    @TempDir
    Path dir;

    @Test
    void compares_two_files_without_an_index_and_prints_the_contract() throws IOException {
        PlanPairs.write(dir, PlanPairs.generate(1, 3));
        PlanPairs.Pair pair = PlanPairs.generate(1, 3).getFirst();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new IndexerCli())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(
                        "compare",
                        dir.resolve(pair.id() + ".upper.txt").toString(),
                        dir.resolve(pair.id() + ".lower.txt").toString());

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("documents", "similarity", "sections", "pairs", "coverage", "added");
        assertThat(json.get("coverage")).hasSameSizeAs(pair.points());
    }
}
