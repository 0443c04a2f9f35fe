package vn.vanban.indexer.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * A throw-away index on the shared test node whose settings are {@code analysis.json}, with a
 * {@code content} field analysed by the analyzer under test and plain JSON requests against it.
 */
final class AnalysisIndex implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANALYSIS = "/vn/vanban/indexer/index/analysis.json";

    final String name;
    private final RestClient client = TestElasticsearch.connection().restClient();

    private AnalysisIndex(String name) {
        this.name = name;
    }

    /** The {@code "analysis"} settings object as the indexer ships it. */
    static ObjectNode analysisSettings() {
        try (InputStream in = AnalysisIndex.class.getResourceAsStream(ANALYSIS)) {
            if (in == null) {
                throw new IllegalStateException(ANALYSIS + " is not on the classpath");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code name} (replacing it) with analysis.json and {@code mappings}. */
    static AnalysisIndex create(String name, JsonNode mappings) throws IOException {
        AnalysisIndex index = new AnalysisIndex(name);
        index.delete();
        ObjectNode settings = analysisSettings();
        settings.put("number_of_shards", 1).put("number_of_replicas", 0);
        ObjectNode body = JSON.createObjectNode();
        body.set("settings", settings);
        body.set("mappings", mappings);
        index.call("PUT", "/" + name, body);
        return index;
    }

    /** A mapping whose {@code content} uses {@code analyzer} (and {@code searchAnalyzer} for queries). */
    static JsonNode contentMapping(String analyzer, String searchAnalyzer, Map<String, String> subfields) {
        ObjectNode content = JSON.createObjectNode()
                .put("type", "text")
                .put("analyzer", analyzer)
                .put("search_analyzer", searchAnalyzer);
        if (!subfields.isEmpty()) {
            ObjectNode fields = content.putObject("fields");
            subfields.forEach((sub, subAnalyzer) ->
                    fields.putObject(sub).put("type", "text").put("analyzer", subAnalyzer));
        }
        ObjectNode mappings = JSON.createObjectNode();
        ObjectNode properties = mappings.putObject("properties");
        properties.set("content", content);
        properties.putObject("file").put("type", "keyword");
        properties
                .putObject("number")
                .put("type", "keyword")
                .put("normalizer", "vietnamese_docnum")
                .putObject("fields")
                .putObject("key")
                .put("type", "text")
                .put("analyzer", "vietnamese_docnum");
        return mappings;
    }

    void index(String id, JsonNode document) throws IOException {
        call("PUT", "/" + name + "/_doc/" + id, document);
    }

    void refresh() throws IOException {
        call("POST", "/" + name + "/_refresh", null);
    }

    JsonNode search(JsonNode body) throws IOException {
        return call("POST", "/" + name + "/_search", body);
    }

    JsonNode analyze(JsonNode body) throws IOException {
        return call("POST", "/" + name + "/_analyze", body);
    }

    JsonNode call(String method, String path, @Nullable JsonNode body) throws IOException {
        Request request = new Request(method, path);
        if (body != null) {
            request.setJsonEntity(JSON.writeValueAsString(body));
        }
        return JSON.readTree(EntityUtils.toString(client.performRequest(request).getEntity()));
    }

    private void delete() throws IOException {
        try {
            call("DELETE", "/" + name, null);
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException {
        delete();
    }
}
