package vn.vanban.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.TestElasticsearch;

/** {@code indexer stats} on an alias that names no index: an error naming it, not a table of zeros. */
class StatsCommandIT {

    private record Run(int code, String out, String err) {}

    private static Run stats(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "stats";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--es";
        all[args.length + 2] = TestElasticsearch.url();
        int code = new CommandLine(new IndexerCli())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void stats_of_a_missing_alias_names_it_exits_4_and_creates_nothing() throws IOException {
        String alias = "it-stats-missing";
        deleteIndicesOf(alias);

        for (Run run : List.of(stats("--alias", alias), stats("--alias", alias, "--json"))) {
            assertThat(run.code()).isEqualTo(StatsCommand.NO_SUCH_INDEX).isEqualTo(4);
            assertThat(run.err())
                    .contains("chỉ mục 'it-stats-missing' không tồn tại")
                    .contains("the index (alias) 'it-stats-missing' does not exist")
                    .doesNotContain("\tat ");
            assertThat(run.out()).as("no counts printed").isEmpty();
        }
        assertThat(TestElasticsearch.client()
                        .indices()
                        .existsAlias(a -> a.name(alias))
                        .value())
                .as("stats created no index")
                .isFalse();
    }

    @Test
    void stats_of_an_existing_empty_index_prints_its_zeros_and_exits_0() throws IOException {
        TestIndices.fresh(TestElasticsearch.client(), "it-stats-empty");

        Run run = stats("--alias", "it-stats-empty", "--json");

        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\"documents\":0,");
        assertThat(run.err()).isEmpty();
    }

    private static void deleteIndicesOf(String alias) throws IOException {
        List<String> existing = List.copyOf(TestElasticsearch.client()
                .indices()
                .get(g -> g.index(alias + "-*").ignoreUnavailable(true).allowNoIndices(true))
                .result()
                .keySet());
        if (!existing.isEmpty()) {
            TestElasticsearch.client().indices().delete(d -> d.index(existing));
        }
    }
}
