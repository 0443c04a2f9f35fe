package vn.vanban.backend.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vanban.backend.testing.ApiClient;
import vn.vanban.backend.testing.ApiFixture;
import vn.vanban.backend.testing.ApiTest;
import vn.vanban.backend.testing.ApiTestBase;

/**
 * The graph picture reads the first levels of the implementers tree from the tree placements (a
 * directive with 36 000 documents under it no longer has its whole tree built for 500 nodes): its
 * nodes are exactly the tree's first levels, each edge joins two shown nodes, and a cap below the tree
 * says it is truncated.
 */
@ApiTest
class NeighbourhoodLevelsIT extends ApiTestBase {

    private static final String CT03_PATH = "/api/documents/" + ApiClient.enc(ApiFixture.CT03);

    @Test
    void the_graph_down_n_shows_exactly_the_first_n_levels_of_the_implementers_tree() {
        for (int down = 1; down <= 3; down++) {
            JsonNode graph = ok(CT03_PATH + "/graph?down=" + down);
            JsonNode tree = ok(CT03_PATH + "/implementers?depth=" + down);
            Set<String> expected = new HashSet<>();
            expected.add(ApiFixture.CT03);
            collect(tree.get("children"), expected);
            Set<String> shown = new HashSet<>();
            graph.get("nodes").forEach(n -> shown.add(n.get("key").asText()));

            assertThat(graph.get("truncated").asBoolean()).as("down=%d", down).isFalse();
            assertThat(shown).as("down=%d", down).isEqualTo(expected);
            graph.get("edges")
                    .forEach(e -> assertThat(shown)
                            .contains(e.get("from").asText(), e.get("to").asText()));
            // Every shown implementer hangs on a shown node.
            Set<String> from = new HashSet<>();
            graph.get("edges").forEach(e -> from.add(e.get("from").asText()));
            Set<String> implementers = new HashSet<>(expected);
            implementers.remove(ApiFixture.CT03);
            assertThat(from).containsAll(implementers);
        }
    }

    private static void collect(JsonNode nodes, Set<String> into) {
        for (JsonNode n : nodes) {
            into.add(n.get("key").asText());
            collect(n.get("children"), into);
        }
    }

    private JsonNode ok(String path) {
        ApiClient.Response r = api().get(path);
        assertThat(r.status()).as("%s → %s", path, r.text()).isEqualTo(200);
        return r.json();
    }
}
