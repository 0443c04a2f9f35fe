package vn.vanban.indexer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * An ingest whose graph refresh fails (here: the graph index refuses writes, as a node going away
 * half-way would) leaves the graph marked stale; the next chain or implementers read rebuilds it
 * first, or refuses with a clear error while it cannot, and never answers from the old graph.
 */
class StaleGraphIT {

    private static final String ALIAS = "it-stale-graph";

    @TempDir
    Path home;

    @Test
    void after_a_failed_graph_refresh_the_next_read_rebuilds_the_graph() throws IOException, URISyntaxException {
        TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Library library = new Library(TestElasticsearch.client(), ALIAS);
        library.graphRefresh().refresh();
        blockGraphWrites(true);

        IngestionService.Ingestion run;
        try {
            run = library.ingestion().ingest(List.of(fixture()), options());
        } finally {
            blockGraphWrites(false);
        }
        assertThat(run.report().allOk()).isTrue();
        assertThat(run.graphError()).as("the refresh after the run failed").isNotNull();
        assertThat(library.stats().staleGraph())
                .hasValueSatisfying(stale -> assertThat(stale.reason()).isEqualTo("ingest"));

        GraphAnswer<GraphService.Chain> chain = library.chains().chain("179-KH/TU", Audience.PUBLIC);

        assertThat(chain).isInstanceOf(GraphAnswer.Answered.class);
        List<GraphNode> path = ((GraphAnswer.Answered<GraphService.Chain>) chain)
                .answer()
                .paths()
                .getFirst();
        assertThat(path).extracting(GraphNode::number).containsExactly("179-KH/TU", "03-CT/TW");
        assertThat(library.stats().staleGraph())
                .as("the rebuild cleared the mark")
                .isEmpty();
        GraphAnswer<GraphService.Implementers> tree = library.implementers().implementers("03-CT/TW", Audience.PUBLIC);
        assertThat(((GraphAnswer.Answered<GraphService.Implementers>) tree)
                        .answer()
                        .total())
                .isEqualTo(1);
    }

    @Test
    void a_stale_graph_that_cannot_be_rebuilt_is_refused_not_read() throws IOException, URISyntaxException {
        TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Library library = new Library(TestElasticsearch.client(), ALIAS);
        library.graphRefresh().refresh();
        blockGraphWrites(true);
        try {
            assertThat(library.ingestion().ingest(List.of(fixture()), options()).graphError())
                    .isNotNull();

            assertThatThrownBy(() -> library.implementers().implementers("03-CT/TW", Audience.ADMIN))
                    .isInstanceOf(GraphState.StaleGraphException.class)
                    .hasMessageContaining("the reference graph is being rebuilt")
                    .hasMessageContaining("ingest");
            assertThatThrownBy(() -> library.chains().chain("179-KH/TU", Audience.ADMIN))
                    .isInstanceOf(GraphState.StaleGraphException.class);
        } finally {
            blockGraphWrites(false);
        }
        assertThat(library.stats().staleGraph()).isPresent();
        library.graphRefresh().refresh();
        assertThat(library.stats().staleGraph()).isEmpty();
    }

    private IngestOptions options() {
        return IngestOptions.defaults(home, TestElasticsearch.url()).withReaders(1);
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(
                        StaleGraphIT.class.getResource("/fixtures/ingest/ke-hoach-179-KH-TU-thanh-uy-cam-pha.txt"))
                .toURI());
    }

    private static void blockGraphWrites(boolean block) throws IOException {
        TestElasticsearch.client()
                .indices()
                .putSettings(s -> s.index(Ancestors.graphIndex(ALIAS)).settings(i -> i.blocks(b -> b.write(block))));
    }
}
