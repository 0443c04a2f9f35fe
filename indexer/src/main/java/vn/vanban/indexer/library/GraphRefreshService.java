package vn.vanban.indexer.library;

import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.index.DocumentIndex;

/** Rebuilds the graph index from the document index (ingestion and deletion do it themselves). */
public final class GraphRefreshService {

    private final DocumentIndex index;

    GraphRefreshService(DocumentIndex index) {
        this.index = index;
    }

    public Ancestors.Refresh refresh() {
        return new Ancestors(index).refresh();
    }
}
