package vn.vanban.indexer.library;

import java.util.List;
import java.util.Optional;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.DocumentSummary;
import vn.vanban.indexer.index.StoredDocument;

/** Reads of single documents and of who cites whom, as the audience may see them. */
public final class DocumentService {

    private final DocumentIndex index;
    private final GraphService graph;

    DocumentService(DocumentIndex index, GraphService graph) {
        this.index = index;
        this.graph = graph;
    }

    /**
     * The document (or CITED_ONLY node) with this key, empty when there is none or the audience may
     * not see it; the paths of its ingested files only for administrators.
     */
    public Optional<StoredDocument> get(String key, Audience audience) {
        return index.document(key, audience);
    }

    /** What a key or a number as printed names: Found, Ambiguous (the candidates) or NotFound. */
    public GraphService.Lookup find(String query, Audience audience) {
        return graph.findShown(query, audience);
    }

    /** The documents citing {@code key} ("cited by" on its page), those the audience may see. */
    public List<DocumentSummary> citing(String key, Audience audience) {
        if (index.document(key, audience).isEmpty()) {
            return List.of();
        }
        return index.citing(key, audience);
    }

    /** The documents {@code key} cites (resolved citations), those the audience may see. */
    public List<DocumentSummary> citedBy(String key, Audience audience) {
        return index.document(key, audience)
                .map(d -> index.summaries(d.cites(), audience))
                .orElse(List.of());
    }
}
