package vn.vanban.backend.es;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ElasticsearchPropertiesTest {

    private static ElasticsearchProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("vanban.elasticsearch", ElasticsearchProperties.class);
    }

    @Test
    void an_external_url_bypasses_the_local_node_and_carries_its_api_key() {
        ElasticsearchProperties properties = bind(Map.of(
                "vanban.elasticsearch.url", "https://search.example.org:9243",
                "vanban.elasticsearch.api-key", "a2V5"));
        assertThat(properties.external()).isNotNull();
        assertThat(properties.external().url()).isEqualTo("https://search.example.org:9243");
        assertThat(properties.external().apiKey()).isEqualTo("a2V5");
    }

    @Test
    void a_blank_url_means_the_local_node_with_the_configured_port_and_heap() {
        ElasticsearchProperties properties = bind(Map.of(
                "vanban.elasticsearch.url", "",
                "vanban.elasticsearch.local.port", "9333",
                "vanban.elasticsearch.local.heap-max", "2g"));
        assertThat(properties.external()).isNull();
        assertThat(properties.localSettings().port()).isEqualTo(9333);
        assertThat(properties.localSettings().heapMax()).isEqualTo("2g");
    }
}
