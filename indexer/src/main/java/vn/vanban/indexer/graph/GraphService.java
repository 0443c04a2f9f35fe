package vn.vanban.indexer.graph;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;

/**
 * Chains and implementers over the document index (DOMAIN.md: a document's parents are its
 * IMPLEMENTS and BASIS citations; chains follow both).
 *
 * <p>Round trips: {@link #find} one; {@link #chain} one more (a multi-get of the document's
 * ancestors), unless the ancestors are stale, when it walks up the missing part level by level;
 * {@link #implementers} one more (a term query on {@code ancestors}). The tree is assembled in
 * memory.
 */
public final class GraphService {

    /** Paths beyond this are cut: a dense graph has combinatorially many. */
    static final int MAX_PATHS = 1_000;
    /**
     * The graph index's max_result_window (graph-v1.json): one request returns up to this many small
     * nodes (about 40 MB of JSON at most, under the client's 100 MB response buffer).
     */
    public static final int MAX_IMPLEMENTERS = 100_000;

    private static final int MAX_CANDIDATES = 50;

    /** What a query names. */
    public sealed interface Lookup {}

    /** Exactly one node. */
    public record Found(GraphNode node) implements Lookup {}

    /** A number several documents carry ("every Tỉnh ủy issues a 35-KH/TU"). */
    @JsonPropertyOrder({"query", "ambiguous", "candidates"})
    public record Ambiguous(String query, List<GraphNode> candidates) implements Lookup {

        /** Always true: the JSON tells an ambiguous answer from a chain or a tree by this field. */
        @JsonProperty("ambiguous")
        boolean ambiguous() {
            return true;
        }
    }

    public record NotFound(String query) implements Lookup {}

    /**
     * Every path from a document up to a root.
     *
     * @param paths each path from the document (first) up to a node without parents (last)
     * @param truncated true when more than {@value #MAX_PATHS} paths exist
     */
    public record Chain(
            @JsonIgnore GraphNode document,

            @JsonIgnoreProperties({"province", "district", "commune"})
            List<List<GraphNode>> paths,

            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean truncated) {}

    /**
     * A node of the implementers tree.
     *
     * @param alsoImplements other parents of the node inside the tree (the tree shows it once, under
     *     its deepest parent)
     */
    @JsonPropertyOrder({"node", "alsoImplements", "children"})
    public record TreeNode(
            @JsonUnwrapped GraphNode node,
            List<TreeNode> children,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alsoImplements) {}

    /**
     * The documents carrying out {@code root}, transitively.
     *
     * @param countsByLevel distinct documents per issuer level
     * @param countsByProvince distinct documents per province
     * @param total distinct documents in the tree, root excluded
     * @param truncated true when more than {@value #MAX_IMPLEMENTERS} exist (the tree holds the first)
     */
    public record Implementers(
            @JsonIgnoreProperties({"province", "district", "commune"})
            GraphNode root,

            List<TreeNode> children,
            Map<String, Long> countsByLevel,
            Map<String, Long> countsByProvince,
            long total,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean truncated) {}

    /**
     * A node of one level of an implementers tree, placed as in the whole tree.
     *
     * @param level 1 for a direct implementer of the root
     * @param parent the node it is shown under (the root's key for level 1)
     * @param alsoImplements its other parents inside the tree
     * @param descendants documents under it in the whole tree
     */
    public record Placed(GraphNode node, int level, String parent, List<String> alsoImplements, long descendants) {}

    /**
     * Some levels of an implementers tree, or a page of one, with the counts of the whole tree.
     *
     * @param nodes by level, then key
     * @param next the key to pass as {@code after} for the next page, or null on the last page
     * @param countsByLevel distinct documents per issuer level, whole tree
     * @param places documents of the whole tree per province, then per district ({@code ""}: none)
     * @param total documents of the whole tree, root excluded
     */
    public record Levels(
            GraphNode root,
            List<Placed> nodes,
            @Nullable String next,
            Map<String, Long> countsByLevel,
            Map<String, Map<String, Long>> places,
            long total) {}

    private final ElasticsearchClient client;
    private final String alias;
    private final String graph;

    /**
     * @param alias the document index's alias; the graph index is {@link Ancestors#graphIndex}
     */
    public GraphService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
        this.graph = Ancestors.graphIndex(alias);
    }

    public GraphService(DocumentIndex index) {
        this(index.client(), index.alias());
    }

    /**
     * The node a query names: a document key ({@code 03-CT/TW~tw~2021}) or a number as printed
     * ({@code 45-KH/ĐU}, {@code Số: 197 /KH-UBND}), compared by {@link DocumentNumbers#key}. One
     * round trip.
     */
    public Lookup find(String query, Audience audience) {
        // The graph index first (it has the ancestors); a document ingested since the last refresh
        // is only in the document index.
        Lookup lookup = find(graph, query, audience);
        return lookup instanceof NotFound ? find(alias, query, audience) : lookup;
    }

    /**
     * What {@link #find} answers, as the audience may be told it: the parents and ancestors of the
     * nodes it names are limited to those the audience may see (one more request, only for an
     * audience that does not see everything). {@link #find} itself keeps them, as chains walk them.
     */
    public Lookup findShown(String query, Audience audience) {
        Lookup lookup = find(query, audience);
        if (audience.visible().containsAll(List.of(Visibility.values()))) {
            return lookup;
        }
        return switch (lookup) {
            case Found found -> new Found(shown(List.of(found.node()), audience).getFirst());
            case Ambiguous ambiguous -> new Ambiguous(ambiguous.query(), shown(ambiguous.candidates(), audience));
            case NotFound notFound -> notFound;
        };
    }

    /** The nodes with only the parents and ancestors the audience may see. */
    private List<GraphNode> shown(List<GraphNode> nodes, Audience audience) {
        Set<String> keys = new LinkedHashSet<>();
        for (GraphNode n : nodes) {
            keys.addAll(n.parents());
            keys.addAll(n.ancestors());
        }
        Set<String> visible = new HashSet<>();
        if (!keys.isEmpty()) {
            List<String> ids = List.copyOf(keys);
            try {
                SearchResponse<Void> response = client.search(
                        s -> s.index(graph, alias)
                                .size(ids.size() * 2)
                                .source(src -> src.fetch(false))
                                .query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(ids)))
                                        .filter(DocumentIndex.visibleTo(audience)))),
                        Void.class);
                response.hits().hits().forEach(h -> visible.add(h.id()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return nodes.stream().map(n -> n.keeping(visible)).toList();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Lookup find(String index, String query, Audience audience) {
        String q = query.strip();
        try {
            if (q.contains("~")) {
                var response = client.get(g -> g.index(index).id(q).sourceIncludes(GraphNode.FIELDS), Map.class);
                if (!response.found() || response.source() == null) {
                    return new NotFound(query);
                }
                GraphNode node = GraphNode.of(response.id(), response.source());
                // A document the audience may not see is not found: its existence is not told either.
                return node.visibleTo(audience) ? new Found(node) : new NotFound(query);
            }
            String numberKey = DocumentNumbers.key(q);
            SearchResponse<Map> response = client.search(
                    s -> s.index(index)
                            .size(MAX_CANDIDATES)
                            .source(src -> src.filter(f -> f.includes(GraphNode.FIELDS)))
                            .query(qq -> qq.bool(b -> b.must(m -> m.term(t ->
                                            t.field(DocumentFields.NUMBER_KEY).value(numberKey)))
                                    .filter(DocumentIndex.visibleTo(audience)))),
                    Map.class);
            List<GraphNode> nodes = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                nodes.add(GraphNode.of(hit.id(), hit.source()));
            }
            nodes.sort(Comparator.comparing(GraphNode::key));
            return switch (nodes.size()) {
                case 0 -> new NotFound(query);
                case 1 -> new Found(nodes.getFirst());
                default -> new Ambiguous(query, nodes);
            };
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return new NotFound(query); // no graph index yet
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every path from {@code document} up to its roots, through CITED_ONLY nodes, cycle-safe: a path
     * ends where its next step would revisit a node of the same path. A node of a path the audience
     * may not see is {@link GraphNode#hidden()}: the path goes on through it to the directive, but it
     * is not named; the nodes shown name no hidden key among their parents and ancestors.
     */
    public Chain chain(GraphNode document, Audience audience) {
        Chain all = chain(document);
        if (audience.visible().containsAll(List.of(Visibility.values()))) {
            return all;
        }
        Set<String> shown = new HashSet<>();
        for (List<GraphNode> path : all.paths()) {
            for (GraphNode n : path) {
                if (n.visibleTo(audience)) {
                    shown.add(n.key());
                }
            }
        }
        Set<List<GraphNode>> paths = new LinkedHashSet<>();
        for (List<GraphNode> path : all.paths()) {
            paths.add(path.stream()
                    .map(n -> n.visibleTo(audience) ? n.keeping(shown) : GraphNode.hidden())
                    .toList());
        }
        return new Chain(all.document().keeping(shown), List.copyOf(paths), all.truncated());
    }

    private Chain chain(GraphNode document) {
        Map<String, GraphNode> nodes = new HashMap<>();
        nodes.put(document.key(), document);
        fetch(new LinkedHashSet<>(document.ancestors()), nodes);
        // Stale or missing ancestors (a node rewritten since the last refresh): walk up what is missing.
        for (int round = 0; round < 64; round++) {
            Set<String> missing = new LinkedHashSet<>();
            for (GraphNode n : nodes.values()) {
                for (String p : n.parents()) {
                    if (!nodes.containsKey(p)) {
                        missing.add(p);
                    }
                }
            }
            if (missing.isEmpty()) {
                break;
            }
            fetch(missing, nodes);
        }
        List<List<GraphNode>> paths = new ArrayList<>();
        boolean[] truncated = {false};
        List<GraphNode> path = new ArrayList<>();
        path.add(document);
        walk(document, nodes, path, new HashSet<>(Set.of(document.key())), paths, truncated);
        return new Chain(document, List.copyOf(paths), truncated[0]);
    }

    private static void walk(
            GraphNode node,
            Map<String, GraphNode> nodes,
            List<GraphNode> path,
            Set<String> onPath,
            List<List<GraphNode>> paths,
            boolean[] truncated) {
        if (paths.size() >= MAX_PATHS) {
            truncated[0] = true;
            return;
        }
        boolean extended = false;
        for (String p : node.parents()) {
            if (onPath.contains(p)) {
                continue; // a cycle: this step would come back to the path
            }
            GraphNode parent = nodes.getOrDefault(p, GraphNode.missing(p));
            if (!GraphNode.canImplement(node.date(), parent.date())) {
                continue;
            }
            extended = true;
            path.add(parent);
            onPath.add(p);
            walk(parent, nodes, path, onPath, paths, truncated);
            onPath.remove(p);
            path.removeLast();
        }
        if (!extended && path.size() > 1) {
            paths.add(List.copyOf(path));
        }
    }

    /**
     * One multi-get on the graph index; keys it does not have yet (ingested since the last refresh)
     * are read from the document index; keys without a node anywhere become MISSING nodes.
     */
    private void fetch(Set<String> keys, Map<String, GraphNode> into) {
        keys.removeAll(into.keySet());
        if (keys.isEmpty()) {
            return;
        }
        Set<String> rest = mget(graph, keys, into);
        if (!rest.isEmpty()) {
            rest = mget(alias, rest, into);
        }
        for (String k : rest) {
            into.put(k, GraphNode.missing(k));
        }
    }

    /** @return the keys not found */
    @SuppressWarnings("rawtypes")
    private Set<String> mget(String index, Set<String> keys, Map<String, GraphNode> into) {
        Set<String> missing = new LinkedHashSet<>(keys);
        try {
            MgetResponse<Map> response =
                    client.mget(m -> m.index(index).ids(List.copyOf(keys)).sourceIncludes(GraphNode.FIELDS), Map.class);
            for (MultiGetResponseItem<Map> item : response.docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                    GetResult<Map> r = item.result();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> source = r.source();
                    into.put(r.id(), GraphNode.of(r.id(), source));
                    missing.remove(r.id());
                }
            }
            return missing;
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return missing;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every document that implements {@code root} or rests on it, transitively: one term query on
     * {@code ancestors} fetching only the fields the tree needs. Each document appears once, under its
     * deepest parent inside the tree; children are ordered by level, then province, district,
     * commune, date.
     */
    @SuppressWarnings("rawtypes")
    public Implementers implementers(GraphNode root, Audience audience) {
        SearchResponse<Map> response;
        try {
            response = client.search(
                    s -> s.index(graph)
                            .size(MAX_IMPLEMENTERS)
                            .trackTotalHits(t -> t.enabled(true))
                            .source(src -> src.filter(f -> f.includes(GraphNode.FIELDS)))
                            .query(q -> q.bool(b -> b.must(m -> m.term(
                                            t -> t.field(GraphNode.ANCESTORS).value(root.key())))
                                    .filter(DocumentIndex.visibleTo(audience)))),
                    Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Key order, as Placements passes them: the same tree whichever order the hits come in.
        Map<String, GraphNode> members = new TreeMap<>();
        for (Hit<Map> hit : response.hits().hits()) {
            if (!hit.id().equals(root.key())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> source = hit.source();
                members.put(hit.id(), GraphNode.of(hit.id(), source));
            }
        }
        long total = response.hits().total() == null
                ? members.size()
                : response.hits().total().value();
        if (audience.visible().containsAll(List.of(Visibility.values()))) {
            return assemble(root, members, total > members.size());
        }
        // Hidden documents are not members: a member whose parent is hidden hangs under its nearest
        // shown ancestor, and no shown node names a hidden key.
        Set<String> shown = new HashSet<>(members.keySet());
        shown.add(root.key());
        Map<String, GraphNode> kept = new LinkedHashMap<>();
        for (GraphNode n : members.values()) {
            kept.put(n.key(), throughHidden(n, shown, members).keeping(shown));
        }
        return assemble(root.keeping(shown), kept, total > members.size());
    }

    /**
     * Levels {@code from}..{@code to} of the implementers tree of {@code root} (1 = its direct
     * implementers), at most {@code size} nodes after the key {@code after}, each placed as in {@link
     * #implementers}. Read from the placements kept on the graph nodes ({@link Placements}): one search
     * for the nodes and the counts of the whole tree, one for the documents under each node; the rest
     * of the tree is not read. When the tree holds a node the audience may not see (the others then
     * hang elsewhere), or was placed before placements were kept, the whole tree is built and cut.
     */
    @SuppressWarnings("rawtypes")
    public Levels levels(GraphNode root, int from, int to, int size, @Nullable String after, Audience audience) {
        String r = root.key();
        List<FieldValue> wanted = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            wanted.add(FieldValue.of(Placements.value(r, d)));
        }
        SearchResponse<Map> response;
        try {
            response = client.search(
                    s -> {
                        s.index(graph)
                                // One more than the page tells whether another page follows.
                                .size(Math.min(size + 1, MAX_IMPLEMENTERS))
                                .trackTotalHits(t -> t.enabled(false))
                                .source(src -> src.filter(f -> f.includes(LEVEL_FIELDS)))
                                .query(q ->
                                        q.term(t -> t.field(GraphNode.ANCESTORS).value(r)))
                                .postFilter(q -> q.bool(b -> b.filter(f -> f.terms(
                                                t -> t.field(Placements.LEVEL).terms(v -> v.value(wanted))))
                                        .filter(DocumentIndex.visibleTo(audience))))
                                .sort(o -> o.field(f -> f.field(DocumentFields.KEY)))
                                .aggregations(
                                        "hidden",
                                        a -> a.filter(q -> q.bool(b -> b.mustNot(DocumentIndex.visibleTo(audience)))))
                                .aggregations(
                                        "shown",
                                        a -> a.filter(DocumentIndex.visibleTo(audience))
                                                .aggregations(
                                                        "placed",
                                                        p -> p.filter(f -> f.exists(e -> e.field(Placements.LEVEL))))
                                                .aggregations(
                                                        "level",
                                                        l -> l.terms(t -> t.field(DocumentFields.ISSUER_LEVEL)
                                                                .missing(FieldValue.of("UNKNOWN"))
                                                                .size(20)))
                                                .aggregations(
                                                        "province",
                                                        p -> p.terms(t -> t.field(DocumentFields.PROVINCE)
                                                                        .size(1_000))
                                                                .aggregations(
                                                                        "district",
                                                                        d -> d.terms(
                                                                                t -> t.field(DocumentFields.DISTRICT)
                                                                                        .missing(FieldValue.of(""))
                                                                                        .size(1_000)))));
                        if (after != null) {
                            s.searchAfter(FieldValue.of(after));
                        }
                        return s;
                    },
                    Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var shown = response.aggregations().get("shown").filter();
        long total = shown.docCount();
        long placed = shown.aggregations().get("placed").filter().docCount();
        long hidden = response.aggregations().get("hidden").filter().docCount();
        // Every member of the tree is shown and placed: the kept placements are the tree's.
        if (placed < total || hidden > 0) {
            return cut(implementers(root, audience), from, to, size, after);
        }
        Map<String, Long> byLevel = new TreeMap<>(levelComparator());
        for (StringTermsBucket b :
                shown.aggregations().get("level").sterms().buckets().array()) {
            byLevel.put(b.key().stringValue(), b.docCount());
        }
        Map<String, Map<String, Long>> places = new TreeMap<>();
        for (StringTermsBucket p :
                shown.aggregations().get("province").sterms().buckets().array()) {
            Map<String, Long> districts = new TreeMap<>();
            for (StringTermsBucket d :
                    p.aggregations().get("district").sterms().buckets().array()) {
                districts.put(d.key().stringValue(), d.docCount());
            }
            places.put(p.key().stringValue(), districts);
        }
        List<Hit<Map>> hits = response.hits().hits();
        String next = hits.size() > size ? hits.get(size - 1).id() : null;
        List<Hit<Map>> page = hits.subList(0, Math.min(size, hits.size()));
        Map<String, Long> under = under(r, page.stream().map(Hit::id).toList());
        List<Placed> nodes = new ArrayList<>();
        for (Hit<Map> hit : page) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = hit.source();
            nodes.add(new Placed(
                    GraphNode.of(hit.id(), source),
                    Integer.parseInt(
                            Placements.of(r, strings(source, Placements.LEVEL)).getFirst()),
                    Placements.of(r, strings(source, Placements.PLACED)).getFirst(),
                    Placements.of(r, strings(source, Placements.ALSO)),
                    under.getOrDefault(hit.id(), 0L)));
        }
        nodes.sort(Comparator.comparingInt(Placed::level)
                .thenComparing(p -> p.node().key()));
        return new Levels(root, List.copyOf(nodes), next, byLevel, places, total);
    }

    private static final List<String> LEVEL_FIELDS = java.util.stream.Stream.concat(
                    GraphNode.FIELDS.stream(), Stream.of(Placements.LEVEL, Placements.PLACED, Placements.ALSO))
            .toList();

    @SuppressWarnings("unchecked")
    private static List<String> strings(@Nullable Map<String, Object> source, String field) {
        return source != null && source.get(field) instanceof List<?> l ? (List<String>) l : List.of();
    }

    /** Documents under each of {@code keys} in the tree of {@code root}: one aggregation. */
    private Map<String, Long> under(String root, List<String> keys) {
        Map<String, Long> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        List<String> values = keys.stream().map(k -> Placements.value(root, k)).toList();
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(graph)
                            .size(0)
                            .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field(Placements.UNDER)
                                    .terms(v -> v.value(
                                            values.stream().map(FieldValue::of).toList()))))))
                            .aggregations(
                                    "under",
                                    a -> a.terms(t -> t.field(Placements.UNDER)
                                            .include(i -> i.terms(values))
                                            .size(values.size()))),
                    Void.class);
            for (StringTermsBucket b :
                    response.aggregations().get("under").sterms().buckets().array()) {
                out.put(Placements.of(root, List.of(b.key().stringValue())).getFirst(), b.docCount());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The communes where the documents of the implementers tree of {@code root} that the audience may
     * see are placed, among those placed in one of {@code provinces} and one of {@code districts}
     * (spelled as stored, as {@link Levels#places} gives them): one aggregation, no node read, so that
     * a district's communes without a document need neither the whole tree nor its deeper levels.
     */
    public Set<String> communes(
            GraphNode root, Collection<String> provinces, Collection<String> districts, Audience audience) {
        if (provinces.isEmpty() || districts.isEmpty()) {
            return Set.of();
        }
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(graph)
                            .size(0)
                            .query(q -> q.bool(b -> b.filter(f -> f.term(
                                            t -> t.field(GraphNode.ANCESTORS).value(root.key())))
                                    .filter(f -> f.terms(t -> t.field(DocumentFields.PROVINCE)
                                            .terms(v -> v.value(fieldValues(provinces)))))
                                    .filter(f -> f.terms(t -> t.field(DocumentFields.DISTRICT)
                                            .terms(v -> v.value(fieldValues(districts)))))
                                    .filter(DocumentIndex.visibleTo(audience))))
                            .aggregations(
                                    "commune",
                                    a -> a.terms(
                                            t -> t.field(DocumentFields.COMMUNE).size(MAX_COMMUNES))),
                    Void.class);
            Set<String> out = new TreeSet<>();
            for (StringTermsBucket b :
                    response.aggregations().get("commune").sterms().buckets().array()) {
                out.add(b.key().stringValue());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** More communes than a district has: the gazetteer's largest has 47. */
    private static final int MAX_COMMUNES = 1_000;

    private static List<FieldValue> fieldValues(Collection<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    /** The same levels and page cut from a whole tree. */
    static Levels cut(Implementers tree, int from, int to, int size, @Nullable String after) {
        List<Placed> all = new ArrayList<>();
        Map<String, Map<String, Long>> places = new TreeMap<>();
        collect(tree.root().key(), tree.children(), 1, from, to, all, places);
        all.sort(Comparator.comparing((Placed p) -> p.node().key()));
        List<Placed> page = all.stream()
                .filter(p -> after == null || p.node().key().compareTo(after) > 0)
                .limit(size + 1L)
                .toList();
        String next = page.size() > size ? page.get(size - 1).node().key() : null;
        List<Placed> nodes = new ArrayList<>(page.subList(0, Math.min(size, page.size())));
        nodes.sort(Comparator.comparingInt(Placed::level)
                .thenComparing(p -> p.node().key()));
        return new Levels(tree.root(), List.copyOf(nodes), next, tree.countsByLevel(), places, tree.total());
    }

    /** @return the documents under the nodes of {@code level}, themselves included */
    private static long collect(
            String parent,
            List<TreeNode> level,
            int depth,
            int from,
            int to,
            List<Placed> into,
            Map<String, Map<String, Long>> places) {
        long count = 0;
        for (TreeNode t : level) {
            long under = collect(t.node().key(), t.children(), depth + 1, from, to, into, places);
            if (depth >= from && depth <= to) {
                into.add(new Placed(t.node(), depth, parent, t.alsoImplements(), under));
            }
            if (t.node().province() != null) {
                places.computeIfAbsent(t.node().province(), k -> new TreeMap<>())
                        .merge(Objects.toString(t.node().district(), ""), 1L, Long::sum);
            }
            count += 1 + under;
        }
        return count;
    }

    /** The order of the children of a node in a tree: by level, then province, district, commune, date. */
    public static Comparator<GraphNode> byLocality() {
        return Comparator.comparingInt(GraphNode::levelRank)
                .thenComparing(n -> Objects.toString(n.province(), "~"))
                .thenComparing(n -> Objects.toString(n.district(), "~"))
                .thenComparing(n -> Objects.toString(n.commune(), "~"))
                .thenComparing(n -> Objects.toString(n.date(), "~"))
                .thenComparing(GraphNode::key);
    }

    private static Comparator<String> levelComparator() {
        return Comparator.comparingInt(GraphService::levelOrder).thenComparing(s -> s);
    }

    /**
     * A member whose parents are all outside the tree (hidden from the audience) takes as parent the
     * nearest shown key among its ancestors, so the tree keeps its shape without the hidden step.
     */
    private static GraphNode throughHidden(GraphNode n, Set<String> shown, Map<String, GraphNode> members) {
        if (n.parents().stream().anyMatch(shown::contains)) {
            return n;
        }
        String nearest = null;
        for (String a : n.ancestors()) {
            if (shown.contains(a)
                    && (nearest == null
                            || (members.containsKey(a)
                                    && members.get(a).ancestors().contains(nearest)))) {
                nearest = a;
            }
        }
        if (nearest == null) {
            return n;
        }
        return new GraphNode(
                n.key(),
                n.number(),
                n.type(),
                n.issuer(),
                n.issuerSide(),
                n.issuerLevel(),
                n.date(),
                n.status(),
                n.province(),
                n.district(),
                n.commune(),
                List.of(nearest),
                n.ancestors(),
                n.visibility());
    }

    static Implementers assemble(GraphNode root, Map<String, GraphNode> members, boolean truncated) {
        Map<String, Integer> depth = new HashMap<>();
        depth.put(root.key(), 0);
        for (String k : members.keySet()) {
            depth(k, root.key(), members, depth, new HashSet<>());
        }
        Map<String, List<TreeNode>> children = new HashMap<>();
        Map<String, List<String>> also = new HashMap<>();
        Map<String, String> primary = new HashMap<>();
        for (GraphNode n : members.values()) {
            List<String> inside = n.parents().stream()
                    .filter(p -> p.equals(root.key()) || members.containsKey(p))
                    .filter(p -> GraphNode.canImplement(
                            n.date(),
                            p.equals(root.key()) ? root.date() : members.get(p).date()))
                    .distinct()
                    .toList();
            String best = inside.stream()
                    .filter(p -> depth.getOrDefault(p, 0) < depth.get(n.key()) || p.equals(root.key()))
                    .max(Comparator.<String>comparingInt(p -> depth.getOrDefault(p, 0))
                            .thenComparing(Comparator.reverseOrder()))
                    .orElse(root.key());
            primary.put(n.key(), best);
            also.put(
                    n.key(),
                    inside.stream().filter(p -> !p.equals(best)).sorted().toList());
        }
        // Build bottom-up: deepest first, so that a node's children exist when it is built.
        List<GraphNode> order = new ArrayList<>(members.values());
        order.sort(Comparator.<GraphNode>comparingInt(n -> depth.get(n.key())).reversed());
        Comparator<TreeNode> byLocality = Comparator.comparing(TreeNode::node, byLocality());
        for (GraphNode n : order) {
            List<TreeNode> mine = new ArrayList<>(children.getOrDefault(n.key(), List.of()));
            mine.sort(byLocality);
            TreeNode t = new TreeNode(n, List.copyOf(mine), also.get(n.key()));
            children.computeIfAbsent(primary.get(n.key()), k -> new ArrayList<>())
                    .add(t);
        }
        List<TreeNode> top = new ArrayList<>(children.getOrDefault(root.key(), List.of()));
        top.sort(byLocality);
        Map<String, Long> byLevel = new TreeMap<>(levelComparator());
        Map<String, Long> byProvince = new TreeMap<>();
        for (GraphNode n : members.values()) {
            byLevel.merge(n.issuerLevel() == null ? "UNKNOWN" : n.issuerLevel(), 1L, Long::sum);
            if (n.province() != null) {
                byProvince.merge(n.province(), 1L, Long::sum);
            }
        }
        return new Implementers(root, List.copyOf(top), byLevel, byProvince, members.size(), truncated);
    }

    private static int levelOrder(String level) {
        return List.of("CENTRAL", "PROVINCE", "DISTRICT", "COMMUNE", "GRASSROOTS")
                        .indexOf(level)
                & 0xff;
    }

    /** Longest distance from the root through parents inside the tree; a cycle counts once. */
    private static int depth(
            String key, String root, Map<String, GraphNode> members, Map<String, Integer> memo, Set<String> visiting) {
        Integer known = memo.get(key);
        if (known != null) {
            return known;
        }
        if (!visiting.add(key)) {
            return 0;
        }
        int best = 1;
        GraphNode n = members.get(key);
        if (n != null) {
            for (String p : n.parents()) {
                if (p.equals(root)) {
                    best = Math.max(best, 1);
                } else if (members.containsKey(p)
                        && GraphNode.canImplement(n.date(), members.get(p).date())) {
                    best = Math.max(best, depth(p, root, members, memo, visiting) + 1);
                }
            }
        }
        visiting.remove(key);
        memo.put(key, best);
        return best;
    }
}
