package vn.vanban.indexer.library;

import vn.vanban.indexer.index.DocumentIndex;

/** A new index from the current mapping, copied, behind the same alias. */
public final class ReindexService {

    private final DocumentIndex index;

    ReindexService(DocumentIndex index) {
        this.index = index;
    }

    /** @param from the index the alias pointed to @param to the index it points to now */
    public record Reindexed(String alias, String from, String to) {}

    /** Writes are refused while the old index is copied ({@link DocumentIndex#reindex}). */
    public Reindexed reindex() {
        String old = index.ensureExists();
        String fresh = index.reindex();
        return new Reindexed(index.alias(), old, fresh);
    }
}
