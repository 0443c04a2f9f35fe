package vn.vanban.indexer.es;

/** The local node could not be prepared, started or reused; the message says why and where the log is. */
public final class LocalNodeException extends RuntimeException {

    public LocalNodeException(String message) {
        super(message);
    }

    public LocalNodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
