package vn.vanban.indexer.library;

import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphService;

/** The tree of documents carrying out a document, transitively, by level and locality. */
public final class ImplementersService {

    private final GraphService graph;

    ImplementersService(GraphService graph) {
        this.graph = graph;
    }

    /**
     * @param query a key or a number as printed
     * @return the tree and its counts over the documents the audience may see only
     */
    public GraphAnswer<GraphService.Implementers> implementers(String query, Audience audience) {
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
