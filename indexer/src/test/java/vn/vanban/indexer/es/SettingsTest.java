package vn.vanban.indexer.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void root_keeps_node_files_where_the_unprivileged_account_can_reach_them() {
        assertThat(LocalNodeSettings.defaultHome(Map.of(), true)).isEqualTo(Path.of("/var/lib/vanban"));
        assertThat(LocalNodeSettings.defaultHome(Map.of("XDG_DATA_HOME", "/x/data"), false))
                .isEqualTo(Path.of("/x/data/vanban"));
    }

    @Test
    void environment_overrides_port_heap_and_home() {
        LocalNodeSettings settings = LocalNodeSettings.fromEnvironment(
                Map.of("VANBAN_HOME", "/srv/vb", "VANBAN_ES_PORT", "9333", "VANBAN_ES_HEAP_MAX", "2g"));
        assertThat(settings.home()).isEqualTo(Path.of("/srv/vb"));
        assertThat(settings.port()).isEqualTo(9333);
        assertThat(settings.heapMax()).isEqualTo("2g");
        assertThat(settings.heapMin()).isEqualTo("512m");
        assertThat(settings.url()).isEqualTo("http://127.0.0.1:9333");
    }

    @Test
    void malformed_heap_and_port_are_rejected_by_name() {
        LocalNodeSettings ok = LocalNodeSettings.fromEnvironment(Map.of());
        assertThatThrownBy(() -> ok.withHeap("lots", "1g")).hasMessageContaining("heap");
        assertThatThrownBy(() -> ok.withPort(70000)).hasMessageContaining("port");
    }

    @Test
    void external_cluster_comes_from_elasticsearch_url_with_its_credentials_and_never_prints_them() {
        assertThat(EsEndpoint.fromEnvironment(Map.of())).isEmpty();
        EsEndpoint endpoint = EsEndpoint.fromEnvironment(Map.of(
                        "ELASTICSEARCH_URL", "https://es.example.org:9200/", "ELASTICSEARCH_API_KEY", "c2VjcmV0"))
                .orElseThrow();
        assertThat(endpoint.url()).isEqualTo("https://es.example.org:9200");
        assertThat(endpoint.apiKey()).isEqualTo("c2VjcmV0");
        assertThat(endpoint.toString()).doesNotContain("c2VjcmV0");
        assertThatThrownBy(() -> new EsEndpoint("es.example.org", null, null, null))
                .hasMessageContaining("ELASTICSEARCH_URL");
    }
}
