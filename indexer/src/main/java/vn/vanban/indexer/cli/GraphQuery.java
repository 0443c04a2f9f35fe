package vn.vanban.indexer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.util.Map;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.graph.GraphJson;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;

/** What {@code chain} and {@code implementers} share: find the node, answer, print JSON. */
final class GraphQuery {

    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private GraphQuery() {}

    /** Exit codes: 0 answered, 1 not found, 2 ambiguous (the candidates are printed). */
    static int run(
            EsOptions es,
            IndexOptions index,
            String query,
            PrintWriter out,
            PrintWriter err,
            java.util.function.BiFunction<GraphService, GraphNode, Map<String, Object>> answer) {
        try (EsConnection connection = es.connect()) {
            GraphService graph = new GraphService(connection.client(), index.alias);
            GraphService.Lookup lookup = graph.find(query);
            switch (lookup) {
                case GraphService.Found found -> {
                    out.println(JSON.writeValueAsString(answer.apply(graph, found.node())));
                    return 0;
                }
                case GraphService.Ambiguous ambiguous -> {
                    out.println(JSON.writeValueAsString(GraphJson.ambiguous(ambiguous)));
                    err.println("Số hiệu mơ hồ / ambiguous number " + query + ": "
                            + ambiguous.candidates().size() + " documents; give a key");
                    return 2;
                }
                case GraphService.NotFound notFound -> {
                    err.println("Không tìm thấy / not found: " + notFound.query());
                    return 1;
                }
            }
        } catch (JsonProcessingException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
