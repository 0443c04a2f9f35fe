package vn.vanban.indexer.library;

import java.util.function.Function;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;

/** Find the node a query names (as the audience may see it), then answer about it. */
final class GraphQuestions {

    private GraphQuestions() {}

    static <T> GraphAnswer<T> ask(GraphService graph, String query, Audience audience, Function<GraphNode, T> answer) {
        return switch (graph.find(query, audience)) {
            case GraphService.Found found -> new GraphAnswer.Answered<>(found.node(), answer.apply(found.node()));
            case GraphService.Ambiguous ambiguous ->
                new GraphAnswer.Ambiguous<>(ambiguous.query(), ambiguous.candidates());
            case GraphService.NotFound notFound -> new GraphAnswer.NotFound<>(notFound.query());
        };
    }
}
