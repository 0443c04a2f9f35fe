package vn.vanban.indexer.library;

import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.compare.AmbiguousDocumentException;
import vn.vanban.indexer.compare.ComparedDocument;
import vn.vanban.indexer.compare.DocumentLoader;
import vn.vanban.indexer.compare.DocumentNotFoundException;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentState;
import vn.vanban.indexer.index.StoredDocument;
import vn.vanban.indexer.parse.DocumentParser;

/**
 * The documents a comparison loads from the index ({@link DocumentLoader} of {@code compare}, which
 * stays free of storage): a key or a number as printed, the stored text parsed again (the index
 * keeps the text the offsets refer to, not the points). Reads go through {@link DocumentService}, so
 * a document the audience may not read is not found by the library's one rule of visibility, and
 * its existence does not leak.
 */
public final class IndexDocuments implements DocumentLoader {

    private final DocumentService documents;
    private final DocumentParser parser;

    public IndexDocuments(DocumentService documents) {
        this(documents, new DocumentParser());
    }

    public IndexDocuments(DocumentService documents, DocumentParser parser) {
        this.documents = documents;
        this.parser = parser;
    }

    @Override
    public ComparedDocument load(String query, Audience audience) {
        String key = switch (documents.find(query, audience)) {
            case GraphService.Found found -> found.node().key();
            case GraphService.Ambiguous ambiguous ->
                throw new AmbiguousDocumentException(
                        query,
                        ambiguous.candidates().stream().map(GraphNode::key).toList());
            case GraphService.NotFound notFound -> throw notFound(query);
        };
        StoredDocument stored = documents.get(key, audience).orElseThrow(() -> notFound(query));
        if (!DocumentState.INDEXED.name().equals(stored.status()) || stored.text() == null) {
            throw new DocumentNotFoundException(query, "Chưa có nội dung / only cited, no text indexed: " + key);
        }
        ParsedDocument parsed = parser.parse(key, stored.text());
        return new ComparedDocument(key, parsed);
    }

    private static DocumentNotFoundException notFound(String query) {
        return new DocumentNotFoundException(query, "Không tìm thấy / not found: " + query);
    }
}
