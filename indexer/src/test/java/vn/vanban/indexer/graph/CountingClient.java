package vn.vanban.indexer.graph;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequestInterceptor;
import org.elasticsearch.client.RestClient;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * A client of the test node that counts the HTTP requests it sends: the round trips of a graph query
 * are measured, not assumed.
 */
final class CountingClient implements AutoCloseable {

    private final AtomicInteger requests = new AtomicInteger();
    private final RestClient rest;
    private final ElasticsearchClient client;

    CountingClient() {
        rest = RestClient.builder(HttpHost.create(TestElasticsearch.url()))
                .setHttpClientConfigCallback(http -> http.addInterceptorLast(
                        (HttpRequestInterceptor) (request, context) -> requests.incrementAndGet()))
                .build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    ElasticsearchClient client() {
        return client;
    }

    /** Requests sent since the last call. */
    int take() {
        return requests.getAndSet(0);
    }

    @Override
    public void close() throws Exception {
        rest.close();
    }
}
