package vn.vanban.indexer.document;

/** The outcome of reading one file. */
public enum DocumentStatus {
    OK,
    /** Password-protected: nothing could be read. */
    ENCRYPTED,
    /** An image-only document and no OCR engine is installed; never indexed silently empty. */
    SCANNED_NO_OCR,
    FAILED
}
