package vn.vanban.indexer.compare;

import vn.vanban.indexer.access.Audience;

/**
 * Where compared documents come from: the index ({@code library.IndexDocuments}), files ({@link
 * FileDocuments}), or whatever the REST layer provides. Keeps the comparison free of storage.
 */
@FunctionalInterface
public interface DocumentLoader {

    /**
     * The document {@code key} names, as {@code audience} may read it.
     *
     * @throws DocumentNotFoundException when there is none, or the audience may not read it
     * @throws AmbiguousDocumentException when a number names several documents
     */
    ComparedDocument load(String key, Audience audience);
}
