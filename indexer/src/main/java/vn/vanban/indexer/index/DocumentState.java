package vn.vanban.indexer.index;

/** Whether a node of the index is a document we hold, or only known from what cites it. */
public enum DocumentState {
    /** The document itself was ingested: text, sections, files. */
    INDEXED,
    /**
     * Cited by an indexed document but not (yet) ingested; carries what its citations say (number,
     * type, issuer, date, subject). Ingesting the document takes the node over under the same key.
     */
    CITED_ONLY
}
