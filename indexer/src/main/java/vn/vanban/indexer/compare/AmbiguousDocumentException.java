package vn.vanban.indexer.compare;

import java.util.List;

/** A number names several documents; the caller must give one of the candidate keys. */
public final class AmbiguousDocumentException extends RuntimeException {

    private final List<String> candidates;

    public AmbiguousDocumentException(String query, List<String> candidates) {
        super("Số hiệu mơ hồ / ambiguous number " + query + ": " + String.join(", ", candidates));
        this.candidates = List.copyOf(candidates);
    }

    public List<String> candidates() {
        return candidates;
    }
}
