package vn.vanban.indexer.compare;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.indexer.access.Audience;

/**
 * Compares two or three plans, the first being the reference (normally the higher level): what the
 * CLI ({@code indexer compare}) and the REST API ({@code GET /api/compare?keys=A,B[,C]}) serve.
 */
public final class CompareService {

    private final DocumentLoader loader;
    private final Aligner aligner;

    public CompareService(DocumentLoader loader) {
        this(loader, Thresholds.STANDARD);
    }

    public CompareService(DocumentLoader loader, Thresholds thresholds) {
        this.loader = loader;
        this.aligner = new Aligner(thresholds);
    }

    /**
     * @param keys 2 or 3 keys (or numbers, or paths, as the loader understands them), reference first
     * @throws DocumentNotFoundException for a key that names no document {@code audience} may read
     * @throws AmbiguousDocumentException for a number that names several documents
     * @throws IllegalArgumentException for fewer than 2 or more than 3 keys
     */
    public Comparison compare(List<String> keys, Audience audience) {
        if (keys.size() < 2 || keys.size() > 3) {
            throw new IllegalArgumentException(
                    "so sánh 2 hoặc 3 văn bản / compare 2 or 3 documents, got " + keys.size());
        }
        List<ComparedDocument> documents = new ArrayList<>();
        for (String key : keys) {
            documents.add(loader.load(key, audience));
        }
        return compareDocuments(documents);
    }

    /** Compares documents already loaded (2 or 3, reference first). */
    public Comparison compareDocuments(List<ComparedDocument> documents) {
        return aligner.compare(documents);
    }
}
