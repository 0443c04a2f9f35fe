package vn.vanban.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;

/**
 * The document index behind its alias ({@value #DEFAULT_ALIAS}): creation from the versioned mapping
 * resource, reads, deletion, statistics, reindexing, and the bulk operations that write nodes.
 *
 * <p>Readers and writers only ever name the alias, so {@link #reindex()} (new index from the current
 * mapping, copy, atomic alias switch) changes the mapping without downtime.
 */
public final class DocumentIndex {

    public static final String DEFAULT_ALIAS = "vanban-documents";
    /** The mapping version; the resource is {@code documents-v<version>.json}. */
    public static final int SCHEMA_VERSION = 1;

    private static final String MAPPING_RESOURCE = "documents-v" + SCHEMA_VERSION + ".json";
    private static final String ANALYSIS_RESOURCE = "analysis.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Optimistic-concurrency retries of one node before the write is reported as failed. */
    static final int MAX_CONFLICTS = 50;

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;

    public DocumentIndex(ElasticsearchClient client) {
        this(client, DEFAULT_ALIAS);
    }

    /** @param alias the alias to use; tests use their own so they do not interfere */
    public DocumentIndex(ElasticsearchClient client, String alias) {
        this(client, alias, Clock.systemUTC());
    }

    /** @param clock stamps the names of reindexed indices */
    public DocumentIndex(ElasticsearchClient client, String alias, Clock clock) {
        this.client = client;
        this.alias = alias;
        this.clock = clock;
    }

    public String alias() {
        return alias;
    }

    public ElasticsearchClient client() {
        return client;
    }

    /**
     * Creates the first index ({@code <alias>-v1}) with the alias when the alias does not exist yet.
     *
     * @return the concrete index the alias points to
     */
    public String ensureExists() {
        try {
            Optional<String> current = currentIndex();
            if (current.isPresent()) {
                return current.get();
            }
            String name = alias + "-v" + SCHEMA_VERSION;
            try {
                create(name, UUID.randomUUID().toString(), true);
            } catch (ElasticsearchException e) {
                // Another process created it between our check and our request.
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
            return currentIndex().orElseThrow(() -> new IllegalStateException("Alias " + alias + " was not created"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds to the index the fields the current mapping has and it lacks (adding a field is allowed on
     * a live index), so that an index made by an older version takes documents with newer fields
     * ({@code truncated}, {@code originalLength}) without a reindex. A field whose definition changed
     * cannot be updated so: that index keeps its mapping until {@code indexer reindex}.
     */
    public void addNewFields() {
        try {
            JsonNode properties = readResource(MAPPING_RESOURCE).get("mappings").get("properties");
            String json = JSON.writeValueAsString(Map.of("properties", properties));
            client.indices().putMapping(m -> m.index(alias).withJson(new StringReader(json)));
        } catch (ElasticsearchException e) {
            // An incompatible older mapping: documents without the new fields are still written.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The concrete index behind the alias, if the alias exists. */
    public Optional<String> currentIndex() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            if (client.indices().exists(e -> e.index(alias)).value()) {
                throw new IllegalStateException(
                        "'" + alias + "' is an index, not an alias; the document index must be reached through an"
                                + " alias (delete it or choose another alias)");
            }
            return Optional.empty();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias));
        return response.result().keySet().stream().sorted().reduce((a, b) -> b);
    }

    /**
     * An id that changes when the index is created anew (not when it is reindexed): ingestion journals
     * made against another instance are void.
     */
    public String instanceId() {
        try {
            String index = ensureExists();
            var mapping = client.indices().getMapping(m -> m.index(index));
            JsonData id = mapping.result().get(index).mappings().meta().get("instance");
            return id == null ? index : id.to(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * New index from the current mapping resource, copy of every node (scroll + bulk), atomic
     * alias switch, old index deleted. Readers see the old index until the switch.
     *
     * <p>The old index is write-blocked ({@code index.blocks.write}) for the copy: a write made during
     * the copy would otherwise land in the old index after its page was copied and be lost with it,
     * while the ingestion journal records it done. Blocked, it is refused (an ingestion reports that
     * file failed and a rerun writes it into the new index). A failed copy lifts the block again.
     *
     * @return the new index's name
     */
    public String reindex() {
        return reindex(blocked -> {});
    }

    /** {@link #reindex()}, calling {@code whileBlocked} with the old index's name once it refuses writes. */
    String reindex(Consumer<String> whileBlocked) {
        try {
            String old = ensureExists();
            String instance = instanceId();
            String name = alias + "-v" + SCHEMA_VERSION + "-"
                    + DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
                            .withZone(ZoneOffset.UTC)
                            .format(clock.instant());
            create(name, instance, false);
            blockWrites(old, true);
            boolean switched = false;
            try {
                whileBlocked.accept(old);
                copy(old, name);
                client.indices()
                        .updateAliases(u -> u.actions(
                                        a -> a.remove(r -> r.index(old).alias(alias)))
                                .actions(a ->
                                        a.add(ad -> ad.index(name).alias(alias).isWriteIndex(true))));
                switched = true;
            } finally {
                if (!switched) {
                    blockWrites(old, false);
                    client.indices().delete(d -> d.index(name));
                }
            }
            client.indices().delete(d -> d.index(old));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void blockWrites(String index, boolean blocked) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(st -> st.blocks(b -> b.write(blocked))));
    }

    /**
     * The self-check of the graph ({@link GraphCheck}) over every node: one scroll reading only the
     * fields it needs.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public GraphCheck.Report check() {
        List<GraphCheck.Node> nodes = new ArrayList<>();
        try {
            scroll(
                    alias,
                    List.of(
                            DocumentFields.KEY,
                            DocumentFields.NUMBER_KEY,
                            DocumentFields.TYPE_CODE,
                            DocumentFields.YEAR,
                            DocumentFields.ISSUER_KEY,
                            DocumentFields.OCR,
                            DocumentFields.DATE,
                            DocumentFields.CITATION_NUMBER,
                            DocumentFields.CITATION_ISSUER),
                    hit -> {
                        nodes.add(checkNode(hit.id(), (Map<String, Object>) hit.source()));
                        return null;
                    },
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return GraphCheck.of(nodes, this::sameText);
    }

    @SuppressWarnings("unchecked")
    private static GraphCheck.Node checkNode(String id, @org.jspecify.annotations.Nullable Map<String, Object> s) {
        Map<String, Object> src = s == null ? Map.of() : s;
        List<GraphCheck.CitedIssuer> cited = new ArrayList<>();
        if (src.get(DocumentFields.CITATIONS) instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> c && c.get("issuer") instanceof String issuer) {
                    cited.add(new GraphCheck.CitedIssuer((String) c.get("number"), issuer));
                }
            }
        }
        String typeCode = src.get("type") instanceof Map<?, ?> t ? (String) t.get("code") : null;
        return new GraphCheck.Node(
                id,
                (String) src.get(DocumentFields.NUMBER_KEY),
                typeCode,
                src.get(DocumentFields.YEAR) instanceof Number n ? n.intValue() : null,
                (String) src.get(DocumentFields.ISSUER_KEY),
                Boolean.TRUE.equals(src.get(DocumentFields.OCR)),
                src.get(DocumentFields.DATE) instanceof String date ? date : null,
                cited);
    }

    /** Whether two stored nodes hold one text ({@link ScanTwins}); read only for the check's rare OCR pairs. */
    private boolean sameText(String key, String otherKey) {
        Object a = get(key).map(d -> d.get(DocumentFields.TEXT)).orElse(null);
        Object b = get(otherKey).map(d -> d.get(DocumentFields.TEXT)).orElse(null);
        return a instanceof String x && b instanceof String y && ScanTwins.similar(x, y);
    }

    /**
     * The node an OCR'd scan (or the text copy of a scan) belongs to when its own key is new because OCR
     * misread a header word: an INDEXED node with the same number, type, year and date, one of the two
     * OCR'd, whose text is that of this document ({@link ScanTwins}). Empty when the key exists already
     * (the usual merge applies), or when no such node, or more than one, is found.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Optional<DocumentKey> scanTwin(
            DocumentKey key,
            @org.jspecify.annotations.Nullable String typeCode,
            java.time.@org.jspecify.annotations.Nullable LocalDate date,
            String text,
            boolean ocr) {
        String numberKey = key.numberKey();
        if (numberKey == null
                || typeCode == null
                || date == null
                || get(key.value()).isPresent()) {
            return Optional.empty();
        }
        Query query = Query.of(q -> q.bool(b -> b.filter(
                        f -> f.term(t -> t.field(DocumentFields.NUMBER_KEY).value(numberKey)))
                .filter(f -> f.term(t -> t.field(DocumentFields.TYPE_CODE).value(typeCode)))
                .filter(f -> f.term(t -> t.field(DocumentFields.STATUS).value(DocumentState.INDEXED.name())))));
        List<String> twins = new ArrayList<>();
        forEachHit(query, List.of(DocumentFields.DATE, DocumentFields.OCR, DocumentFields.TEXT), hit -> {
            Map<String, Object> src = hit.source();
            boolean otherOcr = Boolean.TRUE.equals(src.get(DocumentFields.OCR));
            if ((ocr || otherOcr)
                    && date.toString().equals(src.get(DocumentFields.DATE))
                    && src.get(DocumentFields.TEXT) instanceof String other
                    && ScanTwins.similar(text, other)) {
                twins.add(hit.id());
            }
        });
        return twins.size() == 1 ? Optional.of(new DocumentKey(twins.get(0))) : Optional.empty();
    }

    /**
     * The OCR'd scans a text copy is the text of, when the scan came first and OCR misread its header
     * ("TỈNH ỦY LÝ"): INDEXED OCR'd nodes under another key with this number, type and date whose text
     * is this text ({@link ScanTwins}). The text's own key is the right one, so the caller moves the
     * scan into it ({@link #absorbScan}); with the scan ingested second, {@link #scanTwin} joins it
     * instead — either order ends in one node under the text's key.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<String> misreadScansOf(
            DocumentKey key,
            @org.jspecify.annotations.Nullable String typeCode,
            java.time.@org.jspecify.annotations.Nullable LocalDate date,
            String text) {
        String numberKey = key.numberKey();
        if (numberKey == null || typeCode == null || date == null) {
            return List.of();
        }
        Query query = Query.of(q -> q.bool(b -> b.filter(
                        f -> f.term(t -> t.field(DocumentFields.NUMBER_KEY).value(numberKey)))
                .filter(f -> f.term(t -> t.field(DocumentFields.TYPE_CODE).value(typeCode)))
                .filter(f -> f.term(t -> t.field(DocumentFields.OCR).value(true)))
                .filter(f -> f.term(t -> t.field(DocumentFields.STATUS).value(DocumentState.INDEXED.name())))));
        List<String> scans = new ArrayList<>();
        forEachHit(query, List.of(DocumentFields.DATE, DocumentFields.TEXT), hit -> {
            Map<String, Object> src = hit.source();
            if (!hit.id().equals(key.value())
                    && date.toString().equals(src.get(DocumentFields.DATE))
                    && src.get(DocumentFields.TEXT) instanceof String other
                    && ScanTwins.similar(text, other)) {
                scans.add(hit.id());
            }
        });
        return List.copyOf(scans);
    }

    /**
     * Moves an OCR'd scan stored under a misread key into the document it is a scan of: its files join
     * that node (created from the scan when only a CITED_ONLY node or nothing is there yet; the text
     * copy written next outranks the scan's text, {@link #mergeIndexed}), and the misread node goes
     * ({@link #delete}).
     */
    public void absorbScan(String scanKey, DocumentKey into) {
        try {
            GetResponse<StoredDocument> scan = client.get(g -> g.index(alias).id(scanKey), StoredDocument.class);
            if (!scan.found()
                    || scan.source() == null
                    || !DocumentState.INDEXED.name().equals(scan.source().status())) {
                return;
            }
            StoredDocument moved = scan.source();
            retryOnConflict(into.value(), () -> {
                GetResponse<StoredDocument> current =
                        client.get(g -> g.index(alias).id(into.value()), StoredDocument.class);
                if (!current.found() || current.source() == null) {
                    client.create(c -> c.index(alias).id(into.value()).document(moved));
                    return;
                }
                StoredDocument next;
                if (!DocumentState.INDEXED.name().equals(current.source().status())) {
                    next = moved;
                } else {
                    List<StoredDocument.StoredFile> files =
                            new ArrayList<>(current.source().files());
                    for (StoredDocument.StoredFile f : moved.files()) {
                        if (files.stream().noneMatch(o -> o.path().equals(f.path()))) {
                            files.add(f);
                        }
                    }
                    next = current.source().withFiles(files);
                }
                client.index(i -> i.index(alias)
                        .id(into.value())
                        .document(next)
                        .ifSeqNo(current.seqNo())
                        .ifPrimaryTerm(current.primaryTerm()));
            });
            delete(scanKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything written so far visible to search. */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored JSON of a node. */
    public Optional<Map<String, Object>> get(String key) {
        try {
            @SuppressWarnings("rawtypes")
            GetResponse<Map> response = client.get(g -> g.index(alias).id(key), Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> source = response.found() ? response.source() : null;
            return Optional.ofNullable(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The node {@code key} as {@code audience} may read it (file paths only for administrators), or
     * empty when there is none or the audience may not see it: one search with the visibility filter.
     */
    public Optional<StoredDocument> document(String key, Audience audience) {
        try {
            SearchResponse<StoredDocument> response = client.search(
                    s -> s.index(alias)
                            .size(1)
                            .query(q -> q.bool(b ->
                                    b.filter(f -> f.ids(i -> i.values(key))).filter(visibleTo(audience)))),
                    StoredDocument.class);
            Optional<StoredDocument> found = response.hits().hits().stream()
                    .map(Hit::source)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .map(d -> d.forAudience(audience));
            if (found.isEmpty() || audience.visible().containsAll(List.of(Visibility.values()))) {
                return found;
            }
            // The keys it links to name their documents (number, issuer slug): hidden ones are dropped.
            StoredDocument d = found.get();
            java.util.Set<String> linked = new java.util.LinkedHashSet<>(d.parents());
            linked.addAll(d.cites());
            d.citations().forEach(c -> {
                if (c.targetKey() != null) {
                    linked.add(c.targetKey());
                }
                linked.addAll(c.candidates());
            });
            java.util.Set<String> shown = new java.util.HashSet<>();
            summaries(linked, audience).forEach(n -> shown.add(n.key()));
            return Optional.of(d.linkingOnly(shown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents citing {@code key} that {@code audience} may see, in key order, every page. */
    public List<DocumentSummary> citing(String key, Audience audience) {
        List<DocumentSummary> out = new ArrayList<>();
        Query query = Query.of(q -> q.bool(b -> b.filter(citingQuery(key)).filter(visibleTo(audience))));
        forEachHit(
                query, DocumentSummary.FIELDS, hit -> out.add(JSON.convertValue(hit.source(), DocumentSummary.class)));
        return out;
    }

    /** The nodes among {@code keys} that {@code audience} may see, in key order. */
    public List<DocumentSummary> summaries(java.util.Collection<String> keys, Audience audience) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(keys));
        List<DocumentSummary> out = new ArrayList<>();
        Query query = Query.of(q ->
                q.bool(b -> b.filter(f -> f.ids(i -> i.values(ids))).filter(visibleTo(audience))));
        forEachHit(
                query, DocumentSummary.FIELDS, hit -> out.add(JSON.convertValue(hit.source(), DocumentSummary.class)));
        return out;
    }

    /** Which of {@code keys} are INDEXED documents (multi-get, ids only). */
    @SuppressWarnings("rawtypes")
    public java.util.Set<String> indexed(java.util.Collection<String> keys) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
        try {
            for (int from = 0; from < all.size(); from += 1000) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
                var response =
                        client.mget(m -> m.index(alias).ids(chunk).sourceIncludes(DocumentFields.STATUS), Map.class);
                for (var doc : response.docs()) {
                    if (doc.isResult()
                            && doc.result().found()
                            && DocumentState.INDEXED
                                    .name()
                                    .equals(doc.result().source().get(DocumentFields.STATUS))) {
                        found.add(doc.result().id());
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys of the documents with a citation resolved to {@code key}: one nested query, every page. */
    public List<String> citing(String key) {
        List<String> keys = new ArrayList<>();
        forEachHit(citingQuery(key), List.of(), hit -> keys.add(hit.id()));
        return keys;
    }

    /** Hits per request of {@link #forEachHit}. */
    static final int PAGE = 1000;

    /**
     * Gives {@code action} every hit of {@code query}, a page at a time in key order (search_after):
     * one request returns at most 10 000 hits, and a directive every commune carries out is cited by
     * more documents than that. {@code includes} are the source fields to fetch (none when empty).
     */
    @SuppressWarnings("rawtypes")
    void forEachHit(Query query, List<String> includes, Consumer<Hit<Map>> action) {
        List<FieldValue> after = null;
        try {
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Map> page = client.search(
                        s -> {
                            s.index(alias).size(PAGE).query(query).sort(o -> o.field(f -> f.field(DocumentFields.KEY)));
                            if (includes.isEmpty()) {
                                s.source(src -> src.fetch(false));
                            } else {
                                s.source(src -> src.filter(f -> f.includes(includes)));
                            }
                            if (from != null) {
                                s.searchAfter(from);
                            }
                            return s;
                        },
                        Map.class);
                List<Hit<Map>> hits = page.hits().hits();
                hits.forEach(action);
                if (hits.size() < PAGE) {
                    return;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Who cites X": documents with a citation whose {@code targetKey} is {@code key}. */
    public static Query citingQuery(String key) {
        return Query.of(q -> q.nested(n -> n.path(DocumentFields.CITATIONS)
                .query(nq ->
                        nq.term(t -> t.field(DocumentFields.CITATION_TARGET_KEY).value(key)))));
    }

    /**
     * Deletes a document. When other documents still cite it, it goes back to the CITED_ONLY node
     * their citations make ({@link CitedOnlyNodes}, the rule ingestion follows: number, type, issuer
     * with its side and level, date, subject, the parents a citation reveals, the visibility of the
     * citers), so nothing that pointed to it breaks.
     *
     * @return false when there was no such node
     */
    public boolean delete(String key) {
        try {
            Optional<Map<String, Object>> current = get(key);
            if (current.isEmpty()) {
                return false;
            }
            Optional<CitedOnlyNode> citedOnly = citedOnlyFromCiters(key);
            if (citedOnly.isPresent()) {
                client.index(
                        i -> i.index(alias).id(key).document(citedOnly.get()).refresh(Refresh.True));
            } else {
                client.delete(d -> d.index(alias).id(key).refresh(Refresh.True));
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fields of a citing document the CITED_ONLY rule reads. */
    private static final List<String> CITER_FIELDS =
            List.of(DocumentFields.KEY, DocumentFields.TEXT, DocumentFields.CITATIONS, DocumentFields.VISIBILITY);

    /** What every document citing {@code key} says of it, merged; empty when none cites it. */
    private Optional<CitedOnlyNode> citedOnlyFromCiters(String key) {
        CitedOnlyNode[] merged = {null};
        forEachHit(citingQuery(key), CITER_FIELDS, hit -> {
            CiterSource citer = JSON.convertValue(hit.source(), CiterSource.class);
            Visibility visibility = citer.visibility() == null ? Visibility.INTERNAL : citer.visibility();
            for (CitedOnlyNode node : CitedOnlyNodes.of(
                    citer.text() == null ? "" : citer.text(), hit.id(), citer.citations(), visibility)) {
                if (node.key().equals(key)) {
                    merged[0] = merged[0] == null ? node : merged[0].mergedWith(node);
                }
            }
        });
        return Optional.ofNullable(merged[0]);
    }

    /** The part of a citing document {@link #citedOnlyFromCiters} reads. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    private record CiterSource(
            @org.jspecify.annotations.Nullable String text,
            List<StoredCitation> citations,
            @org.jspecify.annotations.Nullable Visibility visibility) {
        CiterSource {
            citations = citations == null ? List.of() : citations;
        }
    }

    /**
     * The filter every read adds: the node's {@code visibility} is one the audience may see. An
     * audience that sees every visibility sees every node, also one stored before visibility was
     * (without one, or with the raw marks); others see only nodes whose visibility they may read.
     */
    public static Query visibleTo(Audience audience) {
        if (audience.visible().containsAll(List.of(Visibility.values()))) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<FieldValue> values =
                audience.visible().stream().map(v -> FieldValue.of(v.name())).toList();
        return Query.of(q -> q.terms(t -> t.field(DocumentFields.VISIBILITY).terms(v -> v.value(values))));
    }

    /**
     * Counts by status, type, level and citation resolution, in one search request, over the nodes the
     * audience may see: a document it may not see is not counted, nor are its citations.
     */
    public IndexStats stats(Audience audience) {
        try {
            String indexed = DocumentState.INDEXED.name();
            SearchResponse<Void> r = client.search(
                    s -> s.index(alias)
                            .size(0)
                            .query(visibleTo(audience))
                            .trackTotalHits(t -> t.enabled(true))
                            .aggregations("status", a -> a.terms(t -> t.field(DocumentFields.STATUS)))
                            .aggregations(
                                    "indexed",
                                    a -> a.filter(f -> f.term(t -> t.field(DocumentFields.STATUS)
                                                    .value(indexed)))
                                            .aggregations(
                                                    "byType",
                                                    b -> b.terms(t -> t.field(DocumentFields.TYPE_CODE)
                                                            .size(200)
                                                            .missing("?")))
                                            .aggregations(
                                                    "byLevel",
                                                    b -> b.terms(t -> t.field(DocumentFields.ISSUER_LEVEL)
                                                            .size(20)
                                                            .missing("?")))
                                            .aggregations(
                                                    "citations",
                                                    b -> b.nested(n -> n.path(DocumentFields.CITATIONS))
                                                            .aggregations(
                                                                    "resolution",
                                                                    c -> c.terms(t -> t.field(
                                                                            DocumentFields.CITATION_RESOLUTION))))),
                    Void.class);
            Map<String, Long> status = buckets(r.aggregations().get("status"));
            Aggregate indexedAgg = r.aggregations().get("indexed");
            Map<String, Aggregate> sub = indexedAgg.filter().aggregations();
            Aggregate citations = sub.get("citations");
            Map<String, Long> resolution =
                    buckets(citations.nested().aggregations().get("resolution"));
            return new IndexStats(
                    status.getOrDefault(indexed, 0L),
                    status.getOrDefault(DocumentState.CITED_ONLY.name(), 0L),
                    citations.nested().docCount(),
                    resolution.getOrDefault(Resolution.UNRESOLVED.name(), 0L),
                    resolution.getOrDefault(Resolution.AMBIGUOUS.name(), 0L),
                    buckets(sub.get("byType")),
                    buckets(sub.get("byLevel")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> buckets(Aggregate aggregate) {
        Map<String, Long> out = new TreeMap<>();
        for (StringTermsBucket b : aggregate.sterms().buckets().array()) {
            out.put(b.key().stringValue(), b.docCount());
        }
        return out;
    }

    /**
     * Creates an ingested document when its key is new. When the key exists (a CITED_ONLY node, the
     * other file of the same document, a re-ingested file) the bulk item fails with status 409 and the
     * caller merges with {@link #mergeIndexed}: most documents of a batch are new and need no read
     * before the write.
     */
    public BulkOperation createOperation(DocumentKey key, StoredDocument source) {
        return BulkOperation.of(
                b -> b.create(c -> c.index(alias).id(key.value()).document(source)));
    }

    /**
     * Creates the CITED_ONLY node of a resolved citation. When the key exists (indexed, or known from
     * another citation) the item fails with status 409, which is the wanted outcome.
     */
    public BulkOperation citedOnlyOperation(CitedOnlyNode node) {
        return BulkOperation.of(b -> b.create(c -> c.index(alias).id(node.key()).document(node)));
    }

    /**
     * Enriches an existing CITED_ONLY node with what another citation says (missing fields, more
     * parents); creates it when missing; leaves an INDEXED document alone.
     *
     * @throws IllegalStateException after {@value #MAX_CONFLICTS} version conflicts in a row (other
     *     writers kept changing the node): the caller fails that file rather than lose the parents
     */
    public void mergeCitedOnly(CitedOnlyNode node) {
        String key = node.key();
        retryOnConflict(key, () -> {
            GetResponse<CitedOnlyNode> current = client.get(g -> g.index(alias).id(key), CitedOnlyNode.class);
            if (!current.found() || current.source() == null) {
                client.create(c -> c.index(alias).id(key).document(node));
                return;
            }
            CitedOnlyNode src = current.source();
            if (!DocumentState.CITED_ONLY.name().equals(src.status())) {
                return;
            }
            CitedOnlyNode next = src.mergedWith(node);
            if (next.equals(src)) {
                return;
            }
            client.index(i -> i.index(alias)
                    .id(key)
                    .document(next)
                    .ifSeqNo(current.seqNo())
                    .ifPrimaryTerm(current.primaryTerm()));
        });
    }

    /** One read-merge-write attempt; a version conflict (409) means another writer came first. */
    @FunctionalInterface
    interface Attempt {
        void run() throws IOException;
    }

    /**
     * Runs {@code attempt} again while it meets version conflicts, at most {@value #MAX_CONFLICTS}
     * times; then throws, so the caller fails that file instead of silently losing the write.
     */
    static void retryOnConflict(String key, Attempt attempt) {
        for (int i = 0; i < MAX_CONFLICTS; i++) {
            try {
                attempt.run();
                return;
            } catch (ElasticsearchException e) {
                if (e.status() != 409) {
                    throw e;
                }
                // Another writer got there first: read again and merge with what it wrote.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw tooManyConflicts(key);
    }

    private static IllegalStateException tooManyConflicts(String key) {
        return new IllegalStateException("Could not write " + key + ": " + MAX_CONFLICTS
                + " version conflicts in a row (too many concurrent writers)");
    }

    /**
     * Writes an ingested document over an existing node with optimistic concurrency (seq_no), so that
     * concurrent writers merge instead of overwriting each other. A CITED_ONLY node is taken over whole;
     * an INDEXED document gains the file, and its text is replaced only by a better one ({@link
     * DocumentSource#textRank}: non-OCR over OCR, so a scan of a document already indexed as text stays
     * one document with that text), or when the file that gave the text changed.
     */
    public void mergeIndexed(DocumentKey key, StoredDocument doc, SourceFile file) {
        StoredDocument.StoredFile fileJson = StoredDocument.file(file);
        retryOnConflict(key.value(), () -> {
            GetResponse<StoredDocument> current = client.get(g -> g.index(alias).id(key.value()), StoredDocument.class);
            if (!current.found() || current.source() == null) {
                client.create(c -> c.index(alias).id(key.value()).document(doc));
                return;
            }
            StoredDocument src = current.source();
            StoredDocument next;
            if (!DocumentState.INDEXED.name().equals(src.status())) {
                next = doc;
            } else {
                List<StoredDocument.StoredFile> files = otherFiles(src, file.path());
                files.add(fileJson);
                long rank = doc.textRank() == null ? -1 : doc.textRank();
                long oldRank = src.textRank() == null ? -1 : src.textRank();
                String oldTextFile = String.valueOf(src.textFile());
                boolean replace = file.path().equals(oldTextFile)
                        || rank > oldRank
                        || (rank == oldRank && file.path().compareTo(oldTextFile) < 0);
                next = (replace ? doc : src).withFiles(files);
            }
            client.index(i -> i.index(alias)
                    .id(key.value())
                    .document(next)
                    .ifSeqNo(current.seqNo())
                    .ifPrimaryTerm(current.primaryTerm()));
        });
    }

    /**
     * Removes a file from the document it was part of, because its content now reads as another
     * document; a document left without files is deleted ({@link #delete}: back to CITED_ONLY while
     * still cited).
     *
     * @throws IllegalStateException after {@value #MAX_CONFLICTS} version conflicts in a row
     */
    public void detachFile(String key, String path) {
        retryOnConflict(key, () -> {
            GetResponse<StoredDocument> current = client.get(g -> g.index(alias).id(key), StoredDocument.class);
            if (!current.found()
                    || current.source() == null
                    || !DocumentState.INDEXED.name().equals(current.source().status())) {
                return;
            }
            List<StoredDocument.StoredFile> files = otherFiles(current.source(), path);
            if (files.isEmpty()) {
                delete(key);
                return;
            }
            StoredDocument next = current.source().withFiles(files);
            client.index(i -> i.index(alias)
                    .id(key)
                    .document(next)
                    .ifSeqNo(current.seqNo())
                    .ifPrimaryTerm(current.primaryTerm()));
        });
    }

    private static List<StoredDocument.StoredFile> otherFiles(StoredDocument src, String path) {
        List<StoredDocument.StoredFile> files = new ArrayList<>();
        for (StoredDocument.StoredFile old : src.files()) {
            if (!path.equals(old.path())) {
                files.add(old);
            }
        }
        return files;
    }

    /*
     * The reindex API is a module the embedded distribution does not ship, so the copy is a scroll and
     * bulk writes. Keys are migrated on the way (KeyMigration): a first scroll reads the keys, the
     * second writes every node under its canonical key, nodes that now share a key merged.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void copy(String from, String to) throws IOException {
        KeyMigration migration = new KeyMigration();
        scroll(
                from,
                List.of(),
                hit -> {
                    migration.observe(hit.id());
                    return null;
                },
                null);
        scroll(from, null, hit -> migration.rewrite((Map<String, Object>) hit.source()), to);
        List<BulkOperation> merged = new ArrayList<>();
        for (Map<String, Object> node : migration.merged()) {
            String id = (String) node.get(DocumentFields.KEY);
            merged.add(BulkOperation.of(b -> b.index(i -> i.index(to).id(id).document(node))));
        }
        bulk(to, merged);
        client.indices().refresh(r -> r.index(to));
    }

    private interface Rewriter {
        @org.jspecify.annotations.Nullable
        Map<String, Object> rewrite(Hit<Map> hit);
    }

    @SuppressWarnings("rawtypes")
    /** Every node of {@code from}, its source limited to {@code fields} (none when empty, all when null). */
    private void scroll(
            String from,
            @org.jspecify.annotations.Nullable List<String> fields,
            Rewriter rewriter,
            @org.jspecify.annotations.Nullable String to)
            throws IOException {
        ResponseBody<Map> page = client.search(
                s -> {
                    s.index(from).size(500).scroll(t -> t.time("2m")).sort(o -> o.doc(d -> d));
                    if (fields != null && fields.isEmpty()) {
                        s.source(src -> src.fetch(false));
                    } else if (fields != null) {
                        s.source(src -> src.filter(f -> f.includes(fields)));
                    }
                    return s;
                },
                Map.class);
        String scrollId = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                List<BulkOperation> ops = new ArrayList<>();
                for (Hit<Map> hit : page.hits().hits()) {
                    Map<String, Object> node = rewriter.rewrite(hit);
                    if (node != null && to != null) {
                        String id = (String) node.get(DocumentFields.KEY);
                        ops.add(BulkOperation.of(
                                b -> b.index(i -> i.index(to).id(id).document(node))));
                    }
                }
                if (to != null) {
                    bulk(to, ops);
                }
                String id = scrollId;
                page = client.scroll(sc -> sc.scrollId(id).scroll(t -> t.time("2m")), Map.class);
                scrollId = page.scrollId();
            }
        } finally {
            String id = scrollId;
            if (id != null) {
                client.clearScroll(c -> c.scrollId(id));
            }
        }
    }

    private void bulk(String to, List<BulkOperation> ops) throws IOException {
        if (ops.isEmpty()) {
            return;
        }
        var response = client.bulk(b -> b.operations(ops));
        if (response.errors()) {
            throw new IllegalStateException("Reindex into " + to + " failed: "
                    + response.items().stream()
                            .filter(i -> i.error() != null)
                            .findFirst()
                            .map(i -> i.id() + ": " + i.error().reason())
                            .orElse("?"));
        }
    }

    private void create(String name, String instance, boolean withAlias) throws IOException {
        ObjectNode body = (ObjectNode) readResource(MAPPING_RESOURCE);
        stripComments(body);
        ObjectNode analysis = (ObjectNode) readResource(ANALYSIS_RESOURCE);
        if (analysis.has("analysis")) {
            analysis = (ObjectNode) analysis.get("analysis");
        }
        stripComments(analysis);
        ((ObjectNode) body.get("settings")).set("analysis", analysis);
        ((ObjectNode) body.get("mappings").get("_meta")).put("instance", instance);
        if (withAlias) {
            body.putObject("aliases").putObject(alias).put("is_write_index", true);
        }
        String json = JSON.writeValueAsString(body);
        client.indices().create(c -> c.index(name).withJson(new StringReader(json)));
    }

    private static void stripComments(ObjectNode node) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            if (it.next().startsWith("_comment")) {
                it.remove();
            }
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readResource(String name) throws IOException {
        try (InputStream in = DocumentIndex.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " beside " + DocumentIndex.class);
            }
            return JSON.readTree(in);
        }
    }
}
