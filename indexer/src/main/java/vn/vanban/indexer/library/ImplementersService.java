package vn.vanban.indexer.library;

import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.graph.GraphState;

/** The tree of documents carrying out a document, transitively, by level and locality. */
public final class ImplementersService {

    private final GraphService graph;
    private final GraphState state;

    ImplementersService(GraphService graph, GraphState state) {
        this.graph = graph;
        this.state = state;
    }

    /**
     * @param query a key or a number as printed
     * @return the tree and its counts over the documents the audience may see only
     * @throws GraphState.StaleGraphException when the graph is stale and cannot be rebuilt now
     */
    public GraphAnswer<GraphService.Implementers> implementers(String query, Audience audience) {
        state.rebuildIfStale();
        return GraphQuestions.ask(
                graph, query, audience, node -> graph.implementers(node, audience), GraphService.Implementers::root);
    }

    /**
     * Levels {@code from}..{@code to} of the tree (1 = the direct implementers), at most {@code size}
     * nodes after the key {@code after}, without building the rest of the tree ({@link
     * GraphService#levels}).
     *
     * @param query a key or a number as printed
     */
    public GraphAnswer<GraphService.Levels> levels(
            String query, int from, int to, int size, @Nullable String after, Audience audience) {
        return GraphQuestions.ask(
                graph,
                query,
                audience,
                node -> graph.levels(node, from, to, size, after, audience),
                GraphService.Levels::root);
    }
}
