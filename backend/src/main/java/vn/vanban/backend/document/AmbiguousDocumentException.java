package vn.vanban.backend.document;

import java.util.List;

/** A number several documents carry was given where one document is needed. */
public class AmbiguousDocumentException extends RuntimeException {

    private final List<String> candidates;

    public AmbiguousDocumentException(String query, List<String> candidates) {
        super("Số " + query + " thuộc nhiều văn bản; hãy chọn một khóa / " + query
                + " names several documents; use one of their keys");
        this.candidates = List.copyOf(candidates);
    }

    public List<String> candidates() {
        return candidates;
    }
}
