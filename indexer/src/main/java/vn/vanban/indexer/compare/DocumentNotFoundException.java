package vn.vanban.indexer.compare;

/** A key or number names no document the asking audience may read (an invisible one is not found). */
public final class DocumentNotFoundException extends RuntimeException {

    private final String key;

    public DocumentNotFoundException(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
