package vn.vanban.indexer.es;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A client for one cluster, and the local node behind it when we started one. Closing it closes the
 * client and stops an attached node this connection started.
 */
public final class EsConnection implements AutoCloseable {

    private final EsEndpoint endpoint;
    private final RestClient restClient;
    private final ElasticsearchClient client;
    private final @Nullable LocalNode localNode;

    private EsConnection(EsEndpoint endpoint, @Nullable LocalNode localNode) {
        this.endpoint = endpoint;
        this.localNode = localNode;
        this.restClient = restClient(endpoint);
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    /** Connects to the cluster at {@code endpoint}; nothing is started. */
    public static EsConnection to(EsEndpoint endpoint) {
        return new EsConnection(endpoint, null);
    }

    /**
     * The external cluster when {@code ELASTICSEARCH_URL} names one, otherwise the local node,
     * started (or reused) with the given lifecycle.
     */
    public static EsConnection open(
            @Nullable EsEndpoint external, LocalNodeSettings local, LocalNode.Lifecycle lifecycle) {
        if (external != null) {
            return to(external);
        }
        LocalNode node = LocalNode.start(local, lifecycle);
        return new EsConnection(EsEndpoint.local(local.port()), node);
    }

    public ElasticsearchClient client() {
        return client;
    }

    public RestClient restClient() {
        return restClient;
    }

    public EsEndpoint endpoint() {
        return endpoint;
    }

    public @Nullable LocalNode localNode() {
        return localNode;
    }

    private static RestClient restClient(EsEndpoint endpoint) {
        RestClientBuilder builder = RestClient.builder(HttpHost.create(endpoint.url()));
        if (endpoint.apiKey() != null) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + endpoint.apiKey())});
        } else if (endpoint.username() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    AuthScope.ANY,
                    new UsernamePasswordCredentials(
                            endpoint.username(), endpoint.password() == null ? "" : endpoint.password()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    @Override
    public void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (localNode != null) {
                localNode.close();
            }
        }
    }
}
