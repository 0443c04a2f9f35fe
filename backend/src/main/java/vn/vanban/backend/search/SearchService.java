package vn.vanban.backend.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;

/**
 * Search and suggestions over the document index, always for an {@link Audience}. One Elasticsearch
 * request per search (with {@code implements=} also the graph's generation, and the descendants from the
 * graph index when they are not kept from an earlier search).
 *
 * <p>Free of Spring MVC types: the REST controller and the Vaadin views call it in-process.
 */
@Service
public class SearchService {

    /** The facets, in the order they are shown, with the field each counts. */
    static final Map<String, String> FACETS = facets();

    /** Elasticsearch's max_result_window (documents-v1.json): from + size beyond it is refused. */
    static final int MAX_WINDOW = 10_000;
    /** index.max_terms_count: a larger set of keys is split into several terms clauses. */
    private static final int MAX_TERMS = 65_536;

    private static final int MAX_DESCENDANTS = 100_000;
    private static final int KEPT_KEYS = 1_000_000;
    private static final int SUGGESTIONS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> SOURCE = List.of(
            DocumentFields.KEY,
            DocumentFields.NUMBER,
            "type",
            DocumentFields.ISSUER,
            DocumentFields.ISSUER_LEVEL,
            DocumentFields.ISSUER_SIDE,
            DocumentFields.PROVINCE,
            DocumentFields.DATE,
            DocumentFields.SUBJECT,
            DocumentFields.STATUS);

    /**
     * Fields the words are looked for in. The plain fields fold accents (and expand abbreviations at
     * search time); the {@code .exact} fields keep them, so the exact spelling scores higher.
     */
    private static final List<String> TEXT_FIELDS = List.of(
            "subject^3", "subject.exact^4", "issuer^2", "issuer.exact^2", "number.text^5", "text", "text.exact^1.5");

    private final ElasticsearchClient client;
    private final String alias;
    private final GraphService graph;
    private final GraphState graphState;

    /**
     * The descendants filters of the last directives asked for, weighed by their keys: at most
     * {@value #KEPT_KEYS} keys (about 60 MB of key strings) whatever the number of directives.
     */
    private final Cache<DescendantsKey, Descendants> descendants = Caffeine.newBuilder()
            .maximumWeight(KEPT_KEYS)
            .weigher((DescendantsKey k, Descendants d) -> d.count())
            .build();

    SearchService(DocumentIndex index, GraphService graph) {
        this.client = index.client();
        this.alias = index.alias();
        this.graph = graph;
        this.graphState = new GraphState(index, Clock.systemUTC());
    }

    private static Map<String, String> facets() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", DocumentFields.TYPE_CODE);
        f.put("issuer", DocumentFields.ISSUER_KEYWORD);
        f.put("issuerSide", DocumentFields.ISSUER_SIDE);
        f.put("issuerLevel", DocumentFields.ISSUER_LEVEL);
        f.put("province", DocumentFields.PROVINCE);
        f.put("year", DocumentFields.YEAR);
        f.put("status", DocumentFields.STATUS);
        return java.util.Collections.unmodifiableMap(f);
    }

    /**
     * One page of documents for {@code query} that {@code audience} may read.
     *
     * @throws InvalidQueryException for a malformed query, a page out of range or a stale cursor
     */
    public SearchResult search(SearchQuery query, Audience audience) {
        SearchRequest request = request(query, audience);
        try {
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = client.search(request, Map.class);
            return result(query, response);
        } catch (ElasticsearchException e) {
            if (e.status() == 400) {
                // Our query is built to be valid; a 400 is a request we should have refused first.
                throw new InvalidQueryException("Không thể thực hiện truy vấn này / This query cannot be run");
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Elasticsearch request a search sends (the benchmark sends the same one directly, to measure
     * what the service adds).
     */
    public SearchRequest request(SearchQuery query, Audience audience) {
        if (query.size() < 1 || query.size() > SearchQuery.MAX_SIZE) {
            throw new InvalidQueryException(
                    "Cỡ trang phải từ 1 đến " + SearchQuery.MAX_SIZE + " / size must be 1.." + SearchQuery.MAX_SIZE);
        }
        if (query.page() < 1) {
            throw new InvalidQueryException("Số trang bắt đầu từ 1 / page starts at 1");
        }
        Cursor after = query.after() == null ? null : Cursor.decode(query.after(), query.sort());
        int from = after == null ? (query.page() - 1) * query.size() : 0;
        if (from + query.size() > MAX_WINDOW) {
            throw new InvalidQueryException("Trang quá sâu: dùng con trỏ 'after' (trường 'next') / Page too deep: page"
                    + " with 'after' (the 'next' field) beyond " + MAX_WINDOW + " results");
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new InvalidQueryException("Ngày bắt đầu sau ngày kết thúc / 'from' is after 'to'");
        }
        UserQuery text = UserQuery.parse(query.text());
        Query main = main(text);

        List<Query> base = new ArrayList<>();
        base.add(DocumentIndex.visibleTo(audience));
        if (query.implementsKey() != null && !query.implementsKey().isBlank()) {
            base.add(descendantsOf(query.implementsKey().strip(), audience));
        }
        if (query.from() != null || query.to() != null) {
            base.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(DocumentFields.DATE);
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lte(query.to().toString());
                }
                return d;
            }))));
        }
        Map<String, Query> facetFilters = facetFilters(query);

        SearchRequest.Builder s = new SearchRequest.Builder()
                .index(alias)
                .size(query.size())
                .from(from)
                .source(src -> src.filter(f -> f.includes(SOURCE)))
                .query(q -> q.bool(b -> b.must(main).filter(base)))
                .sort(sort(query.sort()))
                .highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .preTags("<mark>")
                        .postTags("</mark>")
                        .requireFieldMatch(false)
                        .fields("text", f -> f.fragmentSize(160).numberOfFragments(3))
                        .fields("subject", f -> f.numberOfFragments(0)));
        if (!facetFilters.isEmpty()) {
            s.postFilter(q -> q.bool(b -> b.filter(List.copyOf(facetFilters.values()))));
        }
        for (Map.Entry<String, String> facet : FACETS.entrySet()) {
            List<Query> others = facetFilters.entrySet().stream()
                    .filter(e -> !e.getKey().equals(facet.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
            s.aggregations(
                    facet.getKey(),
                    Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(others)))
                            .aggregations(
                                    "values",
                                    v -> v.terms(t -> t.field(facet.getValue())
                                            .size("issuer".equals(facet.getKey()) ? 30 : 70)))));
        }
        if (after != null) {
            s.searchAfter(after.values());
        }
        return s.build();
    }

    /** The words, or the number, or both; everything when the user typed nothing. */
    private static Query main(UserQuery text) {
        if (text.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        Query words = Query.of(q -> q.simpleQueryString(sq -> sq.query(text.simple())
                .fields(TEXT_FIELDS)
                .defaultOperator(Operator.And)
                .flags(
                        SimpleQueryStringFlag.Or,
                        SimpleQueryStringFlag.Not,
                        SimpleQueryStringFlag.Phrase,
                        SimpleQueryStringFlag.Whitespace)));
        Optional<NumberQuery> number = NumberQuery.parse(text.normalized());
        if (number.isEmpty()) {
            return words;
        }
        Query numberQuery = numberQuery(number.get(), false);
        if (number.get().onlyNumber()) {
            // A number and nothing else: that document or its candidates, not a page of mentions.
            return numberQuery;
        }
        return Query.of(q -> q.bool(b -> b.should(words).should(numberQuery).minimumShouldMatch("1")));
    }

    /**
     * The documents carrying the number, the exact spelling first, then the number with all its codes,
     * then with its type only; central documents before local ones of the same number (a directive is
     * what "ct 03" usually means).
     */
    static Query numberQuery(NumberQuery n, boolean prefix) {
        Query carries = Query.of(q -> q.bool(b -> {
            b.should(s -> s.constantScore(c -> c.boost(1000f)
                    .filter(f -> f.term(t -> t.field(DocumentFields.NUMBER_KEY).value(n.exactKey())))));
            b.should(s -> s.constantScore(c -> c.boost(500f)
                    .filter(f ->
                            f.regexp(r -> r.field(DocumentFields.NUMBER_KEY).value(n.regexp(true, prefix))))));
            if (n.hasCodes()) {
                b.should(s -> s.constantScore(c -> c.boost(200f)
                        .filter(f ->
                                f.regexp(r -> r.field(DocumentFields.NUMBER_KEY).value(n.regexp(false, prefix))))));
            }
            return b.minimumShouldMatch("1");
        }));
        // Ranks only: the level never makes a document match.
        return Query.of(q -> q.bool(b -> b.must(carries)
                .should(s -> s.constantScore(c -> c.boost(20f)
                        .filter(f ->
                                f.term(t -> t.field(DocumentFields.ISSUER_LEVEL).value("CENTRAL")))))
                .should(s -> s.constantScore(c -> c.boost(10f)
                        .filter(f ->
                                f.term(t -> t.field(DocumentFields.ISSUER_LEVEL).value("PROVINCE")))))));
    }

    /**
     * Every document under {@code key} (a key, or a number naming one document or several): the graph
     * index keeps each node's ancestors, so this is one term query there, then a terms filter here.
     *
     * <p>The filter is kept per key and audience while the graph's {@link GraphState#generation} is the
     * same: a directive with 30 000 descendants otherwise costs a read of 30 000 ids on every request
     * (issue 11's benchmark). Checking the generation costs one small request (the mapping).
     */
    private Query descendantsOf(String keyOrNumber, Audience audience) {
        String generation = graphState.generation();
        DescendantsKey key = new DescendantsKey(keyOrNumber, audience);
        Descendants kept = descendants.getIfPresent(key);
        if (kept != null && kept.generation().equals(generation)) {
            return kept.filter();
        }
        Descendants computed = computeDescendants(keyOrNumber, audience, generation);
        descendants.put(key, computed);
        return computed.filter();
    }

    private record DescendantsKey(String keyOrNumber, Audience audience) {}

    /** @param count the keys in the filter (the cache's weight) */
    private record Descendants(String generation, Query filter, int count) {}

    private Descendants computeDescendants(String keyOrNumber, Audience audience, String generation) {
        List<String> roots = switch (graph.find(keyOrNumber, audience)) {
            case GraphService.Found f -> List.of(f.node().key());
            case GraphService.Ambiguous a ->
                a.candidates().stream().map(GraphNode::key).toList();
            case GraphService.NotFound nf -> List.of(keyOrNumber);
        };
        Set<String> keys = new LinkedHashSet<>();
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(Ancestors.graphIndex(alias))
                            .size(MAX_DESCENDANTS)
                            .source(src -> src.fetch(false))
                            // Only the ids: no count, no scores (index order).
                            .trackTotalHits(t -> t.enabled(false))
                            .sort(o -> o.doc(d -> d))
                            .query(q -> q.terms(t -> t.field(GraphNode.ANCESTORS)
                                    .terms(v -> v.value(
                                            roots.stream().map(FieldValue::of).toList())))),
                    Void.class);
            response.hits().hits().forEach(h -> keys.add(h.id()));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) { // no graph index yet: nothing is under anything
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        roots.forEach(keys::remove);
        if (keys.isEmpty()) {
            return new Descendants(generation, Query.of(q -> q.matchNone(m -> m)), 1);
        }
        List<String> all = List.copyOf(keys);
        List<Query> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += MAX_TERMS) {
            List<FieldValue> chunk = all.subList(i, Math.min(all.size(), i + MAX_TERMS)).stream()
                    .map(FieldValue::of)
                    .toList();
            chunks.add(Query.of(q -> q.terms(t -> t.field(DocumentFields.KEY).terms(v -> v.value(chunk)))));
        }
        Query filter = chunks.size() == 1
                ? chunks.getFirst()
                : Query.of(q -> q.bool(b -> b.should(chunks).minimumShouldMatch("1")));
        return new Descendants(generation, filter, all.size());
    }

    private static Map<String, Query> facetFilters(SearchQuery query) {
        Map<String, Query> filters = new LinkedHashMap<>();
        terms(filters, "type", query.types());
        terms(filters, "issuer", query.issuers());
        terms(filters, "issuerSide", query.issuerSides());
        terms(filters, "issuerLevel", query.issuerLevels());
        terms(filters, "province", query.provinces());
        terms(filters, "year", query.years().stream().map(String::valueOf).toList());
        terms(filters, "status", query.statuses());
        return filters;
    }

    private static void terms(Map<String, Query> filters, String facet, List<String> values) {
        List<FieldValue> v = values.stream()
                .filter(s -> !s.isBlank())
                .map(s -> FieldValue.of(s.strip()))
                .toList();
        if (!v.isEmpty()) {
            filters.put(
                    facet, Query.of(q -> q.terms(t -> t.field(FACETS.get(facet)).terms(tv -> tv.value(v)))));
        }
    }

    /**
     * The order of a sort: a {@link Cursor} is a position in it. The DATE order (newest first, then by
     * key) is also the order of the documents citing one ({@code DocumentService.citedBy}).
     */
    public static List<SortOptions> sort(SearchQuery.Sort sort) {
        SortOptions byKey =
                SortOptions.of(o -> o.field(f -> f.field(DocumentFields.KEY).order(SortOrder.Asc)));
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))), byKey);
            case DATE ->
                List.of(
                        SortOptions.of(o -> o.field(f -> f.field(DocumentFields.DATE)
                                .order(SortOrder.Desc)
                                .missing("_last"))),
                        byKey);
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SearchResult result(SearchQuery query, SearchResponse<Map> response) {
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map<String, Object> src = hit.source() == null ? Map.of() : hit.source();
            List<String> highlights = new ArrayList<>(hit.highlight().getOrDefault("text", List.of()));
            if (highlights.isEmpty()) {
                highlights.addAll(hit.highlight().getOrDefault("subject", List.of()));
            }
            Object type = src.get("type");
            hits.add(new SearchHit(
                    hit.id(),
                    string(src.get(DocumentFields.NUMBER)),
                    type instanceof Map<?, ?> t ? string(t.get("code")) : null,
                    string(src.get(DocumentFields.ISSUER)),
                    string(src.get(DocumentFields.ISSUER_LEVEL)),
                    string(src.get(DocumentFields.ISSUER_SIDE)),
                    string(src.get(DocumentFields.PROVINCE)),
                    string(src.get(DocumentFields.DATE)),
                    string(src.get(DocumentFields.SUBJECT)),
                    src.get(DocumentFields.STATUS) instanceof String s ? s : "INDEXED",
                    List.copyOf(highlights)));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : FACETS.keySet()) {
            Aggregate agg = response.aggregations().get(facet);
            facets.put(
                    facet,
                    agg == null
                            ? List.of()
                            : buckets(agg.filter().aggregations().get("values")));
        }
        var total = response.hits().total();
        long count = total == null ? hits.size() : total.value();
        boolean lowerBound = total != null && total.relation() == TotalHitsRelation.Gte;
        String next = null;
        List<Hit<Map>> raw = response.hits().hits();
        if (raw.size() == query.size() && !raw.isEmpty()) {
            next = new Cursor(query.sort(), raw.getLast().sort()).encode();
        }
        return new SearchResult(count, lowerBound, List.copyOf(hits), facets, next);
    }

    private static List<FacetCount> buckets(Aggregate agg) {
        List<FacetCount> out = new ArrayList<>();
        if (agg.isSterms()) {
            agg.sterms()
                    .buckets()
                    .array()
                    .forEach(b -> out.add(new FacetCount(b.key().stringValue(), b.docCount())));
        } else if (agg.isLterms()) {
            agg.lterms().buckets().array().forEach(b -> out.add(new FacetCount(String.valueOf(b.key()), b.docCount())));
        }
        return List.copyOf(out);
    }

    private static @Nullable String string(@Nullable Object o) {
        return o instanceof String s ? s : null;
    }

    /**
     * Completions as the user types: documents whose number starts like the input (in any spelling),
     * then subjects continuing it.
     */
    @SuppressWarnings("rawtypes")
    public List<Suggestion> suggest(String input, Audience audience) {
        String text = input.strip();
        if (text.isEmpty() || text.length() > UserQuery.MAX_LENGTH) {
            return List.of();
        }
        Query visible = DocumentIndex.visibleTo(audience);
        Map<String, Suggestion> out = new LinkedHashMap<>();
        try {
            Optional<NumberQuery> number = NumberQuery.parse(text);
            if (number.isPresent()) {
                Query numbers = numberQuery(number.get(), true);
                SearchResponse<Map> r = client.search(
                        s -> s.index(alias)
                                .size(SUGGESTIONS)
                                .source(src -> src.filter(f -> f.includes(DocumentFields.NUMBER)))
                                .query(q -> q.bool(b -> b.must(numbers).filter(visible)))
                                .sort(sort(SearchQuery.Sort.RELEVANCE)),
                        Map.class);
                for (Hit<Map> h : r.hits().hits()) {
                    String n = h.source() == null ? null : string(h.source().get(DocumentFields.NUMBER));
                    if (n != null) {
                        out.putIfAbsent(h.id(), new Suggestion(n, h.id()));
                    }
                }
            }
            SearchResponse<Map> r = client.search(
                    s -> s.index(alias)
                            .size(SUGGESTIONS)
                            .source(src -> src.filter(f -> f.includes(DocumentFields.SUBJECT)))
                            .query(q -> q.bool(b -> b.must(m -> m.matchPhrasePrefix(p -> p.field(DocumentFields.SUBJECT)
                                            .query(text)
                                            .maxExpansions(20)))
                                    .filter(visible))),
                    Map.class);
            for (Hit<Map> h : r.hits().hits()) {
                String subject = h.source() == null ? null : string(h.source().get(DocumentFields.SUBJECT));
                if (subject != null && out.size() < SUGGESTIONS) {
                    out.putIfAbsent(h.id(), new Suggestion(subject, h.id()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out.values()).subList(0, Math.min(SUGGESTIONS, out.size()));
    }

    /**
     * The {@code next} cursor: the sort it belongs to and the last hit's sort values, base64url JSON;
     * opaque to clients. Public for the other lists paged in a {@link #sort} order (cited-by).
     */
    public record Cursor(SearchQuery.Sort sort, List<FieldValue> values) {

        public String encode() {
            List<Object> raw = new ArrayList<>();
            raw.add(sort.name());
            for (FieldValue v : values) {
                raw.add(v._get());
            }
            try {
                return Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(JSON.writeValueAsString(raw).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @throws InvalidQueryException when the cursor is not one of {@code expected}'s */
        public static Cursor decode(String cursor, SearchQuery.Sort expected) {
            List<Object> raw;
            try {
                raw = JSON.readValue(Base64.getUrlDecoder().decode(cursor), new TypeReference<List<Object>>() {});
            } catch (IOException | IllegalArgumentException e) {
                throw invalid();
            }
            if (raw.size() != 3 || !expected.name().equals(raw.getFirst())) {
                throw invalid();
            }
            List<FieldValue> values = new ArrayList<>();
            for (Object o : raw.subList(1, raw.size())) {
                values.add(
                        switch (o) {
                            case null -> FieldValue.NULL;
                            case Integer i -> FieldValue.of(i.longValue());
                            case Long l -> FieldValue.of(l);
                            case Number n -> FieldValue.of(n.doubleValue());
                            case String s -> FieldValue.of(s);
                            case Boolean b -> FieldValue.of(b);
                            default -> throw invalid();
                        });
            }
            return new Cursor(expected, values);
        }

        private static InvalidQueryException invalid() {
            return new InvalidQueryException(
                    "Con trỏ 'after' không hợp lệ cho truy vấn này / The 'after' cursor does not belong to this query");
        }
    }
}
