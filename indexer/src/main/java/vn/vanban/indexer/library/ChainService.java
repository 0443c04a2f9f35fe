package vn.vanban.indexer.library;

import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphService;

/** Every path from a document up to the directive(s) it carries out. */
public final class ChainService {

    private final GraphService graph;

    ChainService(GraphService graph) {
        this.graph = graph;
    }

    /**
     * @param query a key ({@code 03-CT/TW~tw~2021}) or a number as printed ({@code 45-KH/ĐU})
     * @return the chain; a node of it the audience may not see is a placeholder without number or
     *     issuer ({@code status} HIDDEN)
     */
    public GraphAnswer<GraphService.Chain> chain(String query, Audience audience) {
        return GraphQuestions.ask(
                graph, query, audience, node -> graph.chain(node, audience), GraphService.Chain::document);
    }
}
