package vn.vanban.indexer.es;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Plain HTTP questions to a local node that has security off; no client library needed. */
final class NodeProbe {

    static final String PLUGIN_NAME = "analysis-vietnamese";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;

    NodeProbe(int port) {
        this.port = port;
    }

    boolean portInUse() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The health colour, or empty when no Elasticsearch answers. */
    Optional<String> health() {
        return get("/_cluster/health").map(json -> json.path("status").asText(null));
    }

    boolean hasPlugin() {
        return get("/_nodes/plugins")
                .map(json -> {
                    for (JsonNode node : json.path("nodes")) {
                        for (JsonNode plugin : node.path("plugins")) {
                            if (PLUGIN_NAME.equals(plugin.path("name").asText())) {
                                return true;
                            }
                        }
                    }
                    return false;
                })
                .orElse(false);
    }

    private Optional<JsonNode> get(String path) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(JSON.readTree(response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
