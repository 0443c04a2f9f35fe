package vn.vanban.backend.document;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.StoredDocument;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.library.Library;

/**
 * A document as an audience reads it, the documents citing it and its original file, over the
 * indexer's library ({@link vn.vanban.indexer.library.DocumentService}: it filters on visibility
 * and unnames hidden links). Free of Spring MVC types: the REST controller and the views call it
 * in-process.
 */
@Service
public class DocumentService {

    private static final List<String> RELATION_ORDER = List.of("IMPLEMENTS", "BASIS", "MENTIONS");

    private final vn.vanban.indexer.library.DocumentService library;
    private final DocumentIndex index;
    private final FileStore store;

    DocumentService(Library library, FileStore store) {
        this.library = library.documents();
        this.index = library.index();
        this.store = store;
    }

    /**
     * The node {@code keyOrNumber} names: a key, or a number as printed that one document the
     * audience may see carries.
     *
     * @throws DocumentNotFoundException when nothing the audience may read has it
     * @throws AmbiguousDocumentException when the number belongs to several documents
     */
    public GraphNode resolve(String keyOrNumber, Audience audience) {
        return switch (library.find(keyOrNumber, audience)) {
            case GraphService.Found f -> f.node();
            case GraphService.Ambiguous a ->
                throw new AmbiguousDocumentException(
                        keyOrNumber, a.candidates().stream().map(GraphNode::key).toList());
            case GraphService.NotFound nf -> throw new DocumentNotFoundException(keyOrNumber);
        };
    }

    private StoredDocument stored(String keyOrNumber, Audience audience) {
        String key = resolve(keyOrNumber, audience).key();
        return library.get(key, audience).orElseThrow(() -> new DocumentNotFoundException(keyOrNumber));
    }

    /** The document, its sections and citations (links the audience may not follow are not named). */
    public DocumentView document(String keyOrNumber, Audience audience) {
        StoredDocument d = stored(keyOrNumber, audience);
        return new DocumentView(
                d.key(),
                d.status(),
                d.number(),
                d.type() == null ? null : d.type().code(),
                d.type() == null ? null : d.type().name(),
                d.issuer(),
                d.parentOrgan(),
                d.issuerSide(),
                d.issuerLevel(),
                d.province(),
                d.district(),
                d.commune(),
                d.place(),
                d.date(),
                d.subject(),
                d.signer(),
                d.signerPosition(),
                d.sections().stream()
                        .map(s -> new DocumentView.Section(
                                s.index(), s.parent(), s.level(), s.numbering(), s.heading(), s.start(), s.end()))
                        .toList(),
                d.citations().stream()
                        .map(c -> new DocumentView.CitationView(
                                c.number(),
                                c.type() == null ? null : c.type().code(),
                                c.date(),
                                c.issuer(),
                                c.subject(),
                                c.relation(),
                                c.resolution(),
                                c.targetKey(),
                                c.candidates(),
                                c.text()))
                        .toList(),
                originalOf(d)
                        .map(o -> new DocumentView.Original(o.name(), o.mediaType(), o.size()))
                        .orElse(null),
                d.text(),
                d.truncated(),
                d.originalLength());
    }

    /**
     * Documents the audience may read that cite this one, newest first, each with the strongest
     * relation it cites it with: the library's citing query, reading the citations' relations too.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<CitingDocument> citedBy(String keyOrNumber, Audience audience) {
        String key = resolve(keyOrNumber, audience).key();
        try {
            SearchResponse<Map> r = index.client()
                    .search(
                            s -> s.index(index.alias())
                                    .size(10_000)
                                    .source(src -> src.filter(f -> f.includes(
                                            DocumentFields.KEY,
                                            DocumentFields.NUMBER,
                                            DocumentFields.TYPE_CODE,
                                            DocumentFields.ISSUER,
                                            DocumentFields.ISSUER_LEVEL,
                                            DocumentFields.DATE,
                                            DocumentFields.CITATION_TARGET_KEY,
                                            DocumentFields.CITATION_RELATION)))
                                    .query(q -> q.bool(b -> b.filter(DocumentIndex.citingQuery(key))
                                            .filter(DocumentIndex.visibleTo(audience))))
                                    .sort(o -> o.field(f -> f.field(DocumentFields.DATE)
                                            .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)
                                            .missing("_last")))
                                    .sort(o -> o.field(f -> f.field(DocumentFields.KEY))),
                            Map.class);
            return r.hits().hits().stream().map(h -> citing(key, h)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static CitingDocument citing(String key, Hit<Map> h) {
        Map<String, Object> src = h.source();
        String relation = "MENTIONS";
        for (Map<String, Object> c :
                (List<Map<String, Object>>) src.getOrDefault(DocumentFields.CITATIONS, List.of())) {
            if (key.equals(c.get("targetKey"))
                    && c.get("relation") instanceof String rel
                    && RELATION_ORDER.indexOf(rel) >= 0
                    && RELATION_ORDER.indexOf(rel) < RELATION_ORDER.indexOf(relation)) {
                relation = rel;
            }
        }
        Map<String, Object> type = src.get("type") instanceof Map<?, ?> t ? (Map<String, Object>) t : Map.of();
        return new CitingDocument(
                h.id(),
                string(src.get(DocumentFields.NUMBER)),
                string(type.get("code")),
                string(src.get(DocumentFields.ISSUER)),
                string(src.get(DocumentFields.ISSUER_LEVEL)),
                string(src.get(DocumentFields.DATE)),
                relation);
    }

    /** The original file of a document, for download. */
    public record OriginalFile(
            Path path, String name, @Nullable String mediaType, long size) {}

    /**
     * The stored original of the document's text, when the store has it.
     *
     * @throws DocumentNotFoundException when there is no document or no stored original
     */
    public OriginalFile original(String keyOrNumber, Audience audience) {
        return originalOf(stored(keyOrNumber, audience))
                .filter(o -> Files.isRegularFile(o.path()))
                .orElseThrow(() -> new DocumentNotFoundException(keyOrNumber + " (original)"));
    }

    private Optional<OriginalFile> originalOf(StoredDocument d) {
        String ref = d.storeRef();
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.of(d.files().stream()
                .filter(f -> ref.equals(f.storeRef()))
                .findFirst()
                .map(f -> new OriginalFile(store.path(ref), f.name(), f.mediaType(), f.size()))
                .orElse(new OriginalFile(store.path(ref), ref, null, 0L)));
    }

    private static @Nullable String string(@Nullable Object o) {
        return o instanceof String s ? s : null;
    }
}
