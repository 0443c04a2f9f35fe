package vn.vanban.indexer.library;

import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.DocumentState;

/** Removes a document: deletion, then the graph refresh, always together. */
public final class DeletionService {

    private final DocumentIndex index;
    private final GraphState graphState;

    DeletionService(DocumentIndex index, GraphState graphState) {
        this.index = index;
        this.graphState = graphState;
    }

    /** What became of the key. */
    public enum Deletion {
        /** No node had that key. */
        NOT_FOUND,
        /** Gone: nothing cites it. */
        DELETED,
        /** Still cited: it is the CITED_ONLY node its citations describe (side, level, parents). */
        KEPT_AS_CITED_ONLY
    }

    public Deletion delete(String key) {
        index.ensureExists();
        if (index.get(key).isEmpty()) {
            return Deletion.NOT_FOUND;
        }
        // Marked before the change: if the refresh below does not complete, the next read rebuilds. Held
        // while deleting, so that a reader's refresh in between does not clear it.
        try (GraphState.Run run = graphState.begin("delete " + key)) {
            if (!index.delete(key)) {
                return Deletion.NOT_FOUND;
            }
        }
        // A node back to CITED_ONLY keeps only the parents its citations reveal: ancestors move.
        new Ancestors(index).refresh();
        return index.get(key)
                        .filter(n -> DocumentState.CITED_ONLY.name().equals(n.get("status")))
                        .isPresent()
                ? Deletion.KEPT_AS_CITED_ONLY
                : Deletion.DELETED;
    }
}
