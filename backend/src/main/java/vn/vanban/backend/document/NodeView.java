package vn.vanban.backend.document;

import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.graph.GraphNode;

/**
 * A node of a chain or a graph picture. A node the audience may not read is shown as {@link
 * #hidden()}: it keeps its place in the chain but is not named.
 *
 * @param status {@code INDEXED}, {@code CITED_ONLY}, {@code MISSING} or {@code HIDDEN}
 */
public record NodeView(
        @Nullable String key,
        @Nullable String number,
        @Nullable String type,
        @Nullable String issuer,
        @Nullable String issuerSide,
        @Nullable String issuerLevel,
        @Nullable String date,
        String status) {

    public static final String HIDDEN = "HIDDEN";

    static NodeView of(GraphNode n) {
        if (HIDDEN.equals(n.status())) {
            return hidden();
        }
        return new NodeView(
                n.key(), n.number(), n.type(), n.issuer(), n.issuerSide(), n.issuerLevel(), n.date(), n.status());
    }

    static NodeView hidden() {
        return new NodeView(null, null, null, null, null, null, null, HIDDEN);
    }
}
