package vn.vanban.indexer.library;

import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.IndexStats;

/** Counts of the index ({@code indexer stats}). */
public final class StatsService {

    private final DocumentIndex index;

    StatsService(DocumentIndex index) {
        this.index = index;
    }

    /** Counts over what the audience may see: a document it may not see is not counted. */
    public IndexStats stats(Audience audience) {
        index.ensureExists();
        index.refresh();
        return index.stats(audience);
    }
}
