package vn.vanban.indexer.library;

import java.util.List;
import vn.vanban.indexer.graph.GraphNode;

/**
 * The answer to a graph question asked by key or number: the answer, the candidates of a number
 * several documents carry, or nothing the audience may see.
 */
public sealed interface GraphAnswer<T> {

    /**
     * The answer about the node the query named.
     *
     * @param node that node as the audience may be told it (no hidden parents or ancestors)
     */
    record Answered<T>(GraphNode node, T answer) implements GraphAnswer<T> {}

    /** "Every Tỉnh ủy issues a 35-KH/TU": the documents the audience may see that carry the number. */
    record Ambiguous<T>(String query, List<GraphNode> candidates) implements GraphAnswer<T> {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    record NotFound<T>(String query) implements GraphAnswer<T> {}
}
