package vn.vanban.backend.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.library.Library;

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

    /**
     * The indexer's services over the document index; {@code vanban.index.alias} lets tests and
     * benchmarks use their own index.
     */
    @Bean
    Library library(
            ElasticsearchClient client,
            @Value("${vanban.index.alias:" + DocumentIndex.DEFAULT_ALIAS + "}") String alias) {
        return new Library(client, alias);
    }

    @Bean
    DocumentIndex documentIndex(Library library) {
        return library.index();
    }

    /**
     * Where ingestion keeps originals: {@code vanban.store}, else {@code VANBAN_HOME/store} as the
     * CLI's {@code indexer ingest} writes it.
     */
    @Bean
    FileStore fileStore(ElasticsearchProperties properties, @Value("${vanban.store:}") String dir) {
        return dir.isBlank() ? FileStore.under(properties.localSettings().home()) : new FileStore(Path.of(dir));
    }

    @Bean
    GraphService graphService(DocumentIndex index) {
        return new GraphService(index);
    }
}
