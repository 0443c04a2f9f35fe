package vn.vanban.indexer.index;

/** How a citation was linked to a document key. */
public enum Resolution {
    /** Linked to exactly one key without doubt: {@code targetKey} is set. */
    RESOLVED,
    /** Several documents fit (e.g. {@code 35-KH/TU} without issuer context): {@code candidates} lists them. */
    AMBIGUOUS,
    /** No number, or not enough to build a key and nothing in the index fits. */
    UNRESOLVED
}
