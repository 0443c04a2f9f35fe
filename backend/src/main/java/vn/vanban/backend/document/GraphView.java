package vn.vanban.backend.document;

import java.util.List;

/**
 * The neighbourhood of a document for the graph picture: its chains up to the roots and its
 * implementers down some levels.
 *
 * @param edges {@code from} the citing document {@code to} the cited one
 * @param truncated true when the node cap cut the picture
 */
public record GraphView(List<NodeView> nodes, List<Edge> edges, boolean truncated) {

    /** @param relation {@code IMPLEMENTS} or {@code BASIS} */
    public record Edge(String from, String to, String relation) {}
}
