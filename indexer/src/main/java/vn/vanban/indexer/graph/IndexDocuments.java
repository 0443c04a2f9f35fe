package vn.vanban.indexer.graph;

import java.util.List;
import java.util.Map;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.compare.AmbiguousDocumentException;
import vn.vanban.indexer.compare.ComparedDocument;
import vn.vanban.indexer.compare.DocumentLoader;
import vn.vanban.indexer.compare.DocumentNotFoundException;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.DocumentState;
import vn.vanban.indexer.parse.DocumentParser;

/**
 * The documents a comparison loads from the index ({@link DocumentLoader} of {@code compare}, which
 * stays free of storage): a key or a number as printed ({@link GraphService#find}), the stored text
 * parsed again (the index keeps the text the offsets refer to, not the points). A document the
 * audience may not read is reported as not found, so its existence does not leak.
 */
public final class IndexDocuments implements DocumentLoader {

    private final DocumentIndex index;
    private final GraphService graph;
    private final DocumentParser parser;

    public IndexDocuments(DocumentIndex index) {
        this(index, new GraphService(index), new DocumentParser());
    }

    public IndexDocuments(DocumentIndex index, GraphService graph, DocumentParser parser) {
        this.index = index;
        this.graph = graph;
        this.parser = parser;
    }

    @Override
    public ComparedDocument load(String query, Audience audience) {
        String key = switch (graph.find(query, audience)) {
            case GraphService.Found found -> found.node().key();
            case GraphService.Ambiguous ambiguous ->
                throw new AmbiguousDocumentException(
                        query,
                        ambiguous.candidates().stream().map(GraphNode::key).toList());
            case GraphService.NotFound notFound ->
                throw new DocumentNotFoundException(query, "Không tìm thấy / not found: " + query);
        };
        Map<String, Object> source = index.get(key)
                .orElseThrow(() -> new DocumentNotFoundException(query, "Không tìm thấy / not found: " + query));
        if (!audience.canSee(visibility(source.get(DocumentFields.VISIBILITY)))) {
            throw new DocumentNotFoundException(query, "Không tìm thấy / not found: " + query);
        }
        if (!DocumentState.INDEXED.name().equals(source.get(DocumentFields.STATUS))
                || !(source.get(DocumentFields.TEXT) instanceof String text)) {
            throw new DocumentNotFoundException(query, "Chưa có nội dung / only cited, no text indexed: " + key);
        }
        ParsedDocument parsed = parser.parse(key, text);
        return new ComparedDocument(key, parsed);
    }

    /**
     * The stored {@code visibility}: marks as printed ("Lưu hành nội bộ") or a {@link Visibility} name;
     * any internal mark makes the document INTERNAL.
     */
    static Visibility visibility(Object stored) {
        if (stored instanceof List<?> marks) {
            for (Object m : marks) {
                String folded = VietnameseText.fold(String.valueOf(m));
                if (folded.contains("noi bo") || folded.equals("internal")) {
                    return Visibility.INTERNAL;
                }
            }
        } else if (stored instanceof String s) {
            return visibility(List.of(s));
        }
        return Visibility.PUBLIC;
    }
}
