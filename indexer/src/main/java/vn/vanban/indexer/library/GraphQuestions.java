package vn.vanban.indexer.library;

import java.util.function.Function;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;

/** Find the node a query names (as the audience may see it), then answer about it. */
final class GraphQuestions {

    private GraphQuestions() {}

    /**
     * @param answer the answer about the found node (which keeps its hidden parents for the walk)
     * @param shownNode the node as the answer shows it to the audience
     */
    static <T> GraphAnswer<T> ask(
            GraphService graph,
            String query,
            Audience audience,
            Function<GraphNode, T> answer,
            Function<T, GraphNode> shownNode) {
        return switch (graph.find(query, audience)) {
            case GraphService.Found found -> {
                T value = answer.apply(found.node());
                yield new GraphAnswer.Answered<>(shownNode.apply(value), value);
            }
            case GraphService.Ambiguous ambiguous -> {
                GraphService.Lookup shown = graph.findShown(query, audience);
                yield new GraphAnswer.Ambiguous<>(
                        ambiguous.query(),
                        shown instanceof GraphService.Ambiguous a ? a.candidates() : ambiguous.candidates());
            }
            case GraphService.NotFound notFound -> new GraphAnswer.NotFound<>(notFound.query());
        };
    }
}
