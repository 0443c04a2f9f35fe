package vn.vanban.indexer.library;

import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.graph.GraphState;

/** Every path from a document up to the directive(s) it carries out. */
public final class ChainService {

    private final GraphService graph;
    private final GraphState state;

    ChainService(GraphService graph, GraphState state) {
        this.graph = graph;
        this.state = state;
    }

    /**
     * @param query a key ({@code 03-CT/TW~tw~2021}) or a number as printed ({@code 45-KH/ĐU})
     * @return the chain; a node of it the audience may not see is a placeholder without number or
     *     issuer ({@code status} HIDDEN)
     * @throws GraphState.StaleGraphException when the graph is stale and cannot be rebuilt now
     */
    public GraphAnswer<GraphService.Chain> chain(String query, Audience audience) {
        state.rebuildIfStale();
        return GraphQuestions.ask(
                graph, query, audience, node -> graph.chain(node, audience), GraphService.Chain::document);
    }
}
