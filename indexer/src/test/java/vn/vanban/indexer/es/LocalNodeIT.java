package vn.vanban.indexer.es;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import java.io.IOException;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.testing.TestElasticsearch;

class LocalNodeIT {

    @Test
    void shared_test_node_is_healthy_and_lists_the_vietnamese_plugin() throws IOException {
        HealthResponse health = TestElasticsearch.client().cluster().health();
        String plugins = EntityUtils.toString(TestElasticsearch.connection()
                .restClient()
                .performRequest(new Request("GET", "/_cat/plugins?h=component"))
                .getEntity());

        System.out.printf(
                "Real node %s: _cluster/health=%s, _cat/plugins=%s%n",
                TestElasticsearch.url(), health.status(), plugins.strip());
        assertThat(health.status().jsonValue()).isIn("green", "yellow");
        assertThat(plugins).contains("analysis-vietnamese");
    }

    @Test
    void starting_again_on_the_same_port_reuses_the_running_node() {
        LocalNode node = TestElasticsearch.connection().localNode();
        if (node == null) {
            return; // an external cluster was given: nothing local to reuse
        }
        try (LocalNode again = LocalNode.start(node.settings(), LocalNode.Lifecycle.ATTACHED)) {
            assertThat(again.startedHere()).isFalse();
            assertThat(again.url()).isEqualTo(node.url());
        }
        assertThat(LocalNode.status(node.settings()).running()).isTrue();
    }
}
