package vn.vanban.backend.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.vanban.backend.access.AudienceFilter;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.ingest.FileStore;

/**
 * A document as an audience reads it, the documents citing it and its original file. Free of Spring
 * MVC types: the REST controller and the views call it in-process.
 */
@Service
public class DocumentService {

    private static final List<String> RELATION_ORDER = List.of("IMPLEMENTS", "BASIS", "MENTIONS");

    private final DocumentIndex index;
    private final GraphService graph;
    private final FileStore store;
    private final Readable readable;

    DocumentService(DocumentIndex index, GraphService graph, FileStore store) {
        this.index = index;
        this.graph = graph;
        this.store = store;
        this.readable = new Readable(index);
    }

    /**
     * The key of the document {@code keyOrNumber} names: a key, or a number as printed that one
     * document carries.
     *
     * @throws DocumentNotFoundException when nothing the audience may read has it
     * @throws AmbiguousDocumentException when the number belongs to several documents
     */
    public GraphNode resolve(String keyOrNumber, Audience audience) {
        GraphNode node = switch (graph.find(keyOrNumber)) {
            case GraphService.Found f -> f.node();
            case GraphService.Ambiguous a -> {
                Set<String> keys = new java.util.LinkedHashSet<>();
                a.candidates().forEach(c -> keys.add(c.key()));
                keys.removeAll(readable.hidden(keys, audience));
                if (keys.isEmpty()) {
                    throw new DocumentNotFoundException(keyOrNumber);
                }
                if (keys.size() > 1) {
                    throw new AmbiguousDocumentException(keyOrNumber, List.copyOf(keys));
                }
                String only = keys.iterator().next();
                yield a.candidates().stream()
                        .filter(c -> c.key().equals(only))
                        .findFirst()
                        .orElseThrow();
            }
            case GraphService.NotFound nf -> throw new DocumentNotFoundException(keyOrNumber);
        };
        if (!readable.hidden(List.of(node.key()), audience).isEmpty()) {
            throw new DocumentNotFoundException(keyOrNumber);
        }
        return node;
    }

    /** The document, its sections and citations (targets the audience may not read are not named). */
    @SuppressWarnings("unchecked")
    public DocumentView document(String keyOrNumber, Audience audience) {
        String key = resolve(keyOrNumber, audience).key();
        Map<String, Object> src = index.get(key)
                .filter(s -> AudienceFilter.canRead(audience, s))
                .orElseThrow(() -> new DocumentNotFoundException(keyOrNumber));
        List<Map<String, Object>> rawCitations =
                (List<Map<String, Object>>) src.getOrDefault(DocumentFields.CITATIONS, List.of());
        Set<String> named = new HashSet<>();
        for (Map<String, Object> c : rawCitations) {
            if (c.get("targetKey") instanceof String t) {
                named.add(t);
            }
            if (c.get("candidates") instanceof List<?> l) {
                l.forEach(k -> named.add(String.valueOf(k)));
            }
        }
        Set<String> hidden = readable.hidden(named, audience);
        List<DocumentView.CitationView> citations = new ArrayList<>();
        for (Map<String, Object> c : rawCitations) {
            String target = string(c.get("targetKey"));
            List<String> candidates = c.get("candidates") instanceof List<?> l
                    ? l.stream()
                            .map(String::valueOf)
                            .filter(k -> !hidden.contains(k))
                            .toList()
                    : List.of();
            citations.add(new DocumentView.CitationView(
                    string(c.get("number")),
                    c.get("type") instanceof Map<?, ?> t ? string(t.get("code")) : null,
                    string(c.get("date")),
                    string(c.get("issuer")),
                    string(c.get("subject")),
                    string(c.get("relation")),
                    string(c.get("resolution")),
                    target != null && hidden.contains(target) ? null : target,
                    candidates,
                    string(c.get("text"))));
        }
        List<DocumentView.Section> sections = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) src.getOrDefault(DocumentFields.SECTIONS, List.of())) {
            sections.add(new DocumentView.Section(
                    integer(s.get("index")),
                    integer(s.get("parent")),
                    integer(s.get("level")),
                    string(s.get("numbering")),
                    string(s.get("heading")),
                    integer(s.get("start")),
                    integer(s.get("end"))));
        }
        Map<String, Object> type = src.get("type") instanceof Map<?, ?> t ? (Map<String, Object>) t : Map.of();
        return new DocumentView(
                key,
                src.get(DocumentFields.STATUS) instanceof String s ? s : "INDEXED",
                string(src.get(DocumentFields.NUMBER)),
                string(type.get("code")),
                string(type.get("name")),
                string(src.get(DocumentFields.ISSUER)),
                string(src.get(DocumentFields.PARENT_ORGAN)),
                string(src.get(DocumentFields.ISSUER_SIDE)),
                string(src.get(DocumentFields.ISSUER_LEVEL)),
                string(src.get(DocumentFields.PROVINCE)),
                string(src.get(DocumentFields.DISTRICT)),
                string(src.get(DocumentFields.COMMUNE)),
                string(src.get(DocumentFields.PLACE)),
                string(src.get(DocumentFields.DATE)),
                string(src.get(DocumentFields.SUBJECT)),
                string(src.get(DocumentFields.SIGNER)),
                string(src.get(DocumentFields.SIGNER_POSITION)),
                List.copyOf(sections),
                List.copyOf(citations),
                originalOf(src)
                        .map(o -> new DocumentView.Original(o.name(), o.mediaType(), o.size()))
                        .orElse(null),
                string(src.get(DocumentFields.TEXT)));
    }

    /** Documents the audience may read that cite this one, with the strongest relation, newest first. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<CitingDocument> citedBy(String keyOrNumber, Audience audience) {
        String key = resolve(keyOrNumber, audience).key();
        ElasticsearchClient client = index.client();
        List<CitingDocument> out = new ArrayList<>();
        try {
            SearchResponse<Map> r = client.search(
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
                                    .filter(AudienceFilter.visibleTo(audience))))
                            .sort(o -> o.field(f -> f.field(DocumentFields.DATE)
                                    .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)
                                    .missing("_last")))
                            .sort(o -> o.field(f -> f.field(DocumentFields.KEY))),
                    Map.class);
            for (Hit<Map> h : r.hits().hits()) {
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
                out.add(new CitingDocument(
                        h.id(),
                        string(src.get(DocumentFields.NUMBER)),
                        string(type.get("code")),
                        string(src.get(DocumentFields.ISSUER)),
                        string(src.get(DocumentFields.ISSUER_LEVEL)),
                        string(src.get(DocumentFields.DATE)),
                        relation));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
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
        String key = resolve(keyOrNumber, audience).key();
        return index.get(key)
                .filter(s -> AudienceFilter.canRead(audience, s))
                .flatMap(this::originalOf)
                .filter(o -> Files.isRegularFile(o.path()))
                .orElseThrow(() -> new DocumentNotFoundException(keyOrNumber + " (original)"));
    }

    @SuppressWarnings("unchecked")
    private Optional<OriginalFile> originalOf(Map<String, Object> src) {
        String ref = string(src.get(DocumentFields.STORE_REF));
        if (ref == null) {
            return Optional.empty();
        }
        for (Map<String, Object> f : (List<Map<String, Object>>) src.getOrDefault(DocumentFields.FILES, List.of())) {
            if (ref.equals(f.get("storeRef"))) {
                String name = string(f.get("name"));
                long size = f.get("size") instanceof Number n ? n.longValue() : 0L;
                return Optional.of(
                        new OriginalFile(store.path(ref), name == null ? ref : name, string(f.get("mediaType")), size));
            }
        }
        return Optional.of(new OriginalFile(store.path(ref), ref, null, 0L));
    }

    private static @Nullable String string(@Nullable Object o) {
        return o instanceof String s ? s : null;
    }

    private static int integer(@Nullable Object o) {
        return o instanceof Number n ? n.intValue() : -1;
    }
}
