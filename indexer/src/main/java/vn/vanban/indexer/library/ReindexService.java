package vn.vanban.indexer.library;

import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.index.DocumentIndex;

/** A new index from the current mapping, copied, behind the same alias. */
public final class ReindexService {

    private final DocumentIndex index;
    private final GraphState graphState;

    ReindexService(DocumentIndex index, GraphState graphState) {
        this.index = index;
        this.graphState = graphState;
    }

    /** @param from the index the alias pointed to @param to the index it points to now */
    public record Reindexed(String alias, String from, String to) {}

    /** Writes are refused while the old index is copied ({@link DocumentIndex#reindex}). */
    public Reindexed reindex() {
        String old = index.ensureExists();
        // Keys may be migrated on the way (KeyMigration): the graph's nodes are named by the old ones
        // until the next refresh, which the next chain or implementers read makes.
        // Held while copying: a reader's refresh meanwhile reads the old index and must not clear it.
        String fresh;
        try (GraphState.Run run = graphState.begin("reindex").beating()) {
            fresh = index.reindex();
        }
        return new Reindexed(index.alias(), old, fresh);
    }
}
