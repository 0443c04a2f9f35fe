package vn.vanban.backend.document;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.vanban.backend.search.InvalidQueryException;
import vn.vanban.backend.search.SearchQuery;
import vn.vanban.backend.search.SearchService;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.document.Relation;
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
     * One page of the documents the audience may read that cite this one, newest first, each with the
     * strongest relation it cites it with (IMPLEMENTS, then BASIS, else MENTIONS), the exact count and
     * the count by relation: one search request whatever the number of citing documents.
     *
     * @param relation only the documents whose strongest relation is this one; null for all
     * @param size 1 to {@link CitedByPage#MAX_SIZE}
     * @param after the {@link CitedByPage#next()} of the previous page; null for the first
     * @throws InvalidQueryException for a size out of range or a cursor that is not one of these pages
     * @throws DocumentNotFoundException when the audience may not read the document
     */
    @SuppressWarnings("rawtypes")
    public CitedByPage citedBy(
            String keyOrNumber, @Nullable Relation relation, int size, @Nullable String after, Audience audience) {
        if (size < 1 || size > CitedByPage.MAX_SIZE) {
            throw new InvalidQueryException(
                    "Cỡ trang phải từ 1 đến " + CitedByPage.MAX_SIZE + " / size must be 1.." + CitedByPage.MAX_SIZE);
        }
        // The same order as a search by date, so its cursor is reused: newest first, then by key.
        SearchService.Cursor from = after == null ? null : SearchService.Cursor.decode(after, SearchQuery.Sort.DATE);
        String key = resolve(keyOrNumber, audience).key();
        Map<Relation, Query> strongest = new EnumMap<>(Relation.class);
        for (Relation r : Relation.values()) {
            strongest.put(r, strongest(key, r));
        }
        SearchRequest.Builder s = new SearchRequest.Builder()
                .index(index.alias())
                // One more than the page tells whether another page follows (no `next` on the last).
                .size(size + 1)
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.includes(
                        DocumentFields.KEY,
                        DocumentFields.NUMBER,
                        DocumentFields.TYPE_CODE,
                        DocumentFields.ISSUER,
                        DocumentFields.ISSUER_LEVEL,
                        DocumentFields.DATE)))
                // The named clauses only tell each hit its relation (matched_queries); they match nothing.
                .query(q -> q.bool(b -> b.filter(DocumentIndex.citingQuery(key))
                        .filter(DocumentIndex.visibleTo(audience))
                        .should(strongest.entrySet().stream()
                                .map(e -> named(e.getValue(), e.getKey()))
                                .toList())))
                .sort(SearchService.sort(SearchQuery.Sort.DATE));
        strongest.forEach((r, q) -> s.aggregations(r.name(), a -> a.filter(q)));
        if (relation != null) {
            // After the counts: they stay those of every relation, as a search's facets do.
            s.postFilter(strongest.get(relation));
        }
        if (from != null) {
            s.searchAfter(from.values());
        }
        try {
            SearchResponse<Map> r = index.client().search(s.build(), Map.class);
            List<Hit<Map>> all = r.hits().hits();
            List<Hit<Map>> hits = all.size() > size ? all.subList(0, size) : all;
            Map<Relation, Long> counts = new EnumMap<>(Relation.class);
            for (Relation rel : Relation.values()) {
                counts.put(rel, r.aggregations().get(rel.name()).filter().docCount());
            }
            var total = r.hits().total();
            String next = all.size() > size
                    ? new SearchService.Cursor(
                                    SearchQuery.Sort.DATE, hits.getLast().sort())
                            .encode()
                    : null;
            return new CitedByPage(
                    hits.stream().map(DocumentService::citing).toList(),
                    total == null ? hits.size() : total.value(),
                    Collections.unmodifiableMap(counts),
                    next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents citing {@code key} whose strongest relation to it is {@code relation}: a citation
     * to it with that relation and none with a stronger one; MENTIONS is what is left, a citation
     * whose relation is not known included. Relation's order is from the strongest.
     */
    private static Query strongest(String key, Relation relation) {
        return Query.of(q -> q.bool(b -> {
            b.filter(relation == Relation.MENTIONS ? DocumentIndex.citingQuery(key) : citingWith(key, relation));
            for (Relation stronger : Relation.values()) {
                if (stronger.compareTo(relation) >= 0) {
                    break;
                }
                b.mustNot(citingWith(key, stronger));
            }
            return b;
        }));
    }

    /** Documents with a citation of {@code key} whose relation is {@code relation}. */
    private static Query citingWith(String key, Relation relation) {
        return Query.of(q -> q.nested(n -> n.path(DocumentFields.CITATIONS)
                .query(nq -> nq.bool(b -> b.filter(f -> f.term(
                                t -> t.field(DocumentFields.CITATION_TARGET_KEY).value(key)))
                        .filter(f -> f.term(
                                t -> t.field(DocumentFields.CITATION_RELATION).value(relation.name())))))));
    }

    private static Query named(Query query, Relation relation) {
        return Query.of(q -> q.bool(b -> b.filter(query).queryName(relation.name())));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static CitingDocument citing(Hit<Map> h) {
        Map<String, Object> src = h.source() == null ? Map.of() : h.source();
        // Exactly one of the named relation clauses matches a citing document.
        String relation = h.matchedQueries().isEmpty()
                ? Relation.MENTIONS.name()
                : h.matchedQueries().getFirst();
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
