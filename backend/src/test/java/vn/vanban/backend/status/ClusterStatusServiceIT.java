package vn.vanban.backend.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.vanban.indexer.testing.TestElasticsearch;

class ClusterStatusServiceIT {

    @Test
    void status_reports_health_and_the_vietnamese_plugin_of_the_real_node() {
        ClusterStatus status = new ClusterStatusService(TestElasticsearch.connection()).status();
        assertThat(status.health()).isIn("green", "yellow");
        assertThat(status.nodes()).isPositive();
        assertThat(status.vietnameseAnalysis()).isTrue();
    }
}
