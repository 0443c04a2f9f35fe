package vn.vanban.indexer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.indexer.graph.GraphFixture.camPha179;
import static vn.vanban.indexer.graph.GraphFixture.camPha197;
import static vn.vanban.indexer.graph.GraphFixture.camTrung12;
import static vn.vanban.indexer.graph.GraphFixture.implementsCamPha179;
import static vn.vanban.indexer.graph.GraphFixture.implementsCt03;
import static vn.vanban.indexer.graph.GraphFixture.plan;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.vanban.indexer.cli.IndexerCli;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.testing.Golden;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * The JSON of {@code indexer stats --json}, {@code chain} and {@code implementers} is the README's
 * contract: over one fixed graph (parser-independent documents) the CLI prints what the golden files
 * hold, byte for byte, exit codes included.
 */
class GraphCliGoldenIT {

    private static final String ALIAS = "it-cli-golden";

    @TempDir
    static Path dir;

    @BeforeAll
    static void buildGraph() throws IOException {
        GraphFixture.fresh(ALIAS, dir)
                .ingest(
                        camPha179(implementsCt03()),
                        camPha197(implementsCamPha179()),
                        camTrung12(),
                        plan(
                                "35-KH/TU",
                                "Tỉnh ủy An Giang",
                                IssuerSide.PARTY,
                                IssuerLevel.PROVINCE,
                                "An Giang",
                                null,
                                null,
                                LocalDate.of(2021, 8, 2),
                                List.of(implementsCt03())),
                        plan(
                                "35-KH/TU",
                                "Tỉnh ủy Nghệ An",
                                IssuerSide.PARTY,
                                IssuerLevel.PROVINCE,
                                "Nghệ An",
                                null,
                                null,
                                LocalDate.of(2021, 9, 10),
                                List.of(implementsCt03())));
    }

    private record Run(int code, String out) {}

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--es";
        all[args.length + 1] = TestElasticsearch.url();
        all[args.length + 2] = "--alias";
        all[args.length + 3] = ALIAS;
        int code = new CommandLine(new IndexerCli())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(new StringWriter()))
                .execute(all);
        return new Run(code, out.toString());
    }

    @Test
    void stats_json_is_unchanged() {
        Run run = cli("stats", "--json");
        assertThat(run.code()).isZero();
        Golden.assertMatches("stats.json", run.out());
    }

    @Test
    void chain_json_of_a_commune_plan_is_unchanged() {
        Run run = cli("chain", "12/KH-UBND");
        assertThat(run.code()).isZero();
        Golden.assertMatches("chain-12-KH-UBND.json", run.out());
    }

    @Test
    void implementers_json_of_the_directive_is_unchanged() {
        Run run = cli("implementers", "03-CT/TW");
        assertThat(run.code()).isZero();
        Golden.assertMatches("implementers-03-CT-TW.json", run.out());
    }

    @Test
    void an_ambiguous_number_prints_the_same_candidates_and_exits_2() {
        Run run = cli("chain", "35-KH/TU");
        assertThat(run.code()).isEqualTo(2);
        Golden.assertMatches("chain-ambiguous-35-KH-TU.json", run.out());
    }
}
