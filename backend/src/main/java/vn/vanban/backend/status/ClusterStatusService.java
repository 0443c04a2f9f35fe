package vn.vanban.backend.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cat.plugins.PluginsRecord;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.springframework.stereotype.Service;
import vn.vanban.indexer.es.EsConnection;

@Service
public class ClusterStatusService {

    private final EsConnection connection;

    ClusterStatusService(EsConnection connection) {
        this.connection = connection;
    }

    public ClusterStatus status() {
        ElasticsearchClient client = connection.client();
        try {
            HealthResponse health = client.cluster().health();
            var plugins = client.cat().plugins().valueBody().stream()
                    .map(PluginsRecord::component)
                    .filter(Objects::nonNull)
                    .distinct()
                    .sorted()
                    .toList();
            return new ClusterStatus(
                    connection.endpoint().url(), health.status().jsonValue(), health.numberOfNodes(), plugins);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch at " + connection.endpoint() + " did not answer", e);
        }
    }
}
