package vn.vanban.backend.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.LocalNode;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
class ElasticsearchConfiguration {

    /** The portal's node lives and dies with the portal; an external cluster is only connected to. */
    @Bean(destroyMethod = "close")
    EsConnection esConnection(ElasticsearchProperties properties) {
        return EsConnection.open(properties.external(), properties.localSettings(), LocalNode.Lifecycle.ATTACHED);
    }

    @Bean
    ElasticsearchClient elasticsearchClient(EsConnection connection) {
        return connection.client();
    }
}
