package vn.vanban.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.List;

/** Gives each test class its own, empty document index (the node refuses wildcard deletes). */
public final class TestIndices {

    private TestIndices() {}

    public static DocumentIndex fresh(ElasticsearchClient client, String alias) throws IOException {
        List<String> existing = List.copyOf(client.indices()
                .get(g -> g.index(alias + "-*").ignoreUnavailable(true).allowNoIndices(true))
                .result()
                .keySet());
        if (!existing.isEmpty()) {
            client.indices().delete(d -> d.index(existing));
        }
        DocumentIndex index = new DocumentIndex(client, alias);
        index.ensureExists();
        return index;
    }
}
