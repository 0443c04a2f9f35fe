package vn.vanban.backend.document;

import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphNode;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.library.ChainService;
import vn.vanban.indexer.library.GraphAnswer;
import vn.vanban.indexer.library.ImplementersService;
import vn.vanban.indexer.library.Library;

/**
 * Chains, implementers and neighbourhoods for an audience, over the indexer's library ({@link
 * ChainService}, {@link ImplementersService}: nodes the audience may not read are shown without a
 * name in chains, and left out of trees and counts), plus what the portal adds: the timeline, the
 * places without an implementing document and the graph picture. Free of Spring MVC types.
 */
@Service
public class ReferenceGraphService {

    /** Nodes in a graph picture beyond this are cut. */
    static final int MAX_GRAPH_NODES = 500;

    static final int MAX_DOWN = 5;

    private final DocumentIndex index;
    private final GraphService graph;
    private final ChainService chains;
    private final ImplementersService implementers;
    private final DocumentService documents;
    private final Places places = new Places();

    ReferenceGraphService(Library library, GraphService graph, DocumentService documents) {
        this.index = library.index();
        this.graph = graph;
        this.chains = library.chains();
        this.implementers = library.implementers();
        this.documents = documents;
    }

    /** The answer about the node a query names, or the exception the API turns into 404 or 409. */
    private static <T> T answer(String query, GraphAnswer<T> answer) {
        return switch (answer) {
            case GraphAnswer.Answered<T> a -> a.answer();
            case GraphAnswer.Ambiguous<T> a ->
                throw new AmbiguousDocumentException(
                        query, a.candidates().stream().map(GraphNode::key).toList());
            case GraphAnswer.NotFound<T> nf -> throw new DocumentNotFoundException(query);
        };
    }

    /**
     * Every path from the document up to its root directive(s), through CITED_ONLY nodes; a node the
     * audience may not read is {@link NodeView#hidden()}.
     */
    public ChainView chain(String keyOrNumber, Audience audience) {
        GraphService.Chain chain = answer(keyOrNumber, chains.chain(keyOrNumber, audience));
        List<List<NodeView>> paths = chain.paths().stream()
                .map(p -> p.stream().map(NodeView::of).toList())
                .toList();
        return new ChainView(paths, chain.truncated());
    }

    /** Largest page of one level of a tree. */
    static final int MAX_LEVEL_PAGE = 5_000;

    /**
     * The tree of documents implementing the document, with counts per level, a timeline and the
     * places without an implementing document.
     *
     * @param province when given, {@code withoutImplementing} lists that province's districts
     */
    public ImplementersView implementers(String keyOrNumber, @Nullable String province, Audience audience) {
        return implementers(keyOrNumber, province, null, audience);
    }

    /**
     * The tree as {@link #implementers(String, String, Audience)}; with a district of {@code province}
     * too, {@code withoutImplementing} lists that district's communes.
     */
    public ImplementersView implementers(
            String keyOrNumber, @Nullable String province, @Nullable String district, Audience audience) {
        GraphService.Implementers tree = answer(keyOrNumber, implementers.implementers(keyOrNumber, audience));
        GraphNode root = tree.root();
        List<ImplementersView.Node> children = nodes(tree.root().key(), tree.children());
        List<ImplementersView.Node> all = new ArrayList<>();
        flatten(children, all);
        Map<String, Map<String, Long>> places = new TreeMap<>();
        for (ImplementersView.Node n : all) {
            if (n.province() != null) {
                places.computeIfAbsent(n.province(), k -> new TreeMap<>())
                        .merge(n.district() == null ? "" : n.district(), 1L, Long::sum);
            }
        }
        LocalDate rootDate = date(root.date());
        return new ImplementersView(
                NodeView.of(root),
                children,
                tree.countsByLevel(),
                timeline(all, rootDate),
                withoutImplementing(places, communesIn(all, province, district), province, district, rootDate),
                tree.total(),
                tree.truncated(),
                null,
                null);
    }

    /**
     * The first {@code depth} levels of the tree (1 = the direct implementers), each node with the
     * number of documents under it; counts, places and total of the whole tree. The deeper levels
     * are not read.
     */
    public ImplementersView implementers(
            String keyOrNumber, @Nullable String province, @Nullable String district, int depth, Audience audience) {
        GraphService.Levels levels = answer(
                keyOrNumber, implementers.levels(keyOrNumber, 1, depth, GraphService.MAX_IMPLEMENTERS, null, audience));
        Map<String, List<GraphService.Placed>> byParent = new HashMap<>();
        for (GraphService.Placed p : levels.nodes()) {
            byParent.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p);
        }
        Comparator<GraphService.Placed> order =
                Comparator.comparing(GraphService.Placed::node, GraphService.byLocality());
        byParent.values().forEach(l -> l.sort(order));
        List<ImplementersView.Node> children = nested(levels.root().key(), byParent);
        List<ImplementersView.Node> all = new ArrayList<>();
        flatten(children, all);
        return view(levels, all, children, province, district, null, audience);
    }

    /**
     * One page of one level of the tree ({@code level} 1 = the direct implementers), by key, after
     * the key {@code after}; the other levels are not read.
     */
    public ImplementersView implementersLevel(
            String keyOrNumber,
            @Nullable String province,
            @Nullable String district,
            int level,
            int size,
            @Nullable String after,
            Audience audience) {
        int pageSize = Math.max(1, Math.min(MAX_LEVEL_PAGE, size));
        GraphService.Levels levels =
                answer(keyOrNumber, implementers.levels(keyOrNumber, level, level, pageSize, after, audience));
        List<ImplementersView.Node> page =
                levels.nodes().stream().map(p -> node(p, List.of())).toList();
        return view(levels, page, page, province, district, level, audience);
    }

    /**
     * The answer for the nodes {@code returned} (nested as {@code children}): the timeline is theirs,
     * counts, places and total the whole tree's; nothing else of the tree is read.
     */
    private ImplementersView view(
            GraphService.Levels levels,
            List<ImplementersView.Node> returned,
            List<ImplementersView.Node> children,
            @Nullable String province,
            @Nullable String district,
            @Nullable Integer level,
            Audience audience) {
        // The levels carry places down to districts only; a district's communes are one aggregation
        // over the tree's documents placed in it, read only when a district is asked for.
        Set<String> communes = province == null || district == null || district.isBlank()
                ? Set.of()
                : communesIn(levels, province, district, audience);
        LocalDate rootDate = date(levels.root().date());
        return new ImplementersView(
                NodeView.of(levels.root()),
                children,
                levels.countsByLevel(),
                timeline(returned, rootDate),
                withoutImplementing(levels.places(), communes, province, district, rootDate),
                levels.total(),
                false,
                level,
                levels.next());
    }

    private static List<ImplementersView.Node> nested(String parent, Map<String, List<GraphService.Placed>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(p -> node(p, nested(p.node().key(), byParent)))
                .toList();
    }

    private static ImplementersView.Node node(GraphService.Placed p, List<ImplementersView.Node> children) {
        return node(p.node(), p.alsoImplements(), p.descendants(), children, p.parent());
    }

    private static ImplementersView.Node node(
            GraphNode n,
            List<String> alsoImplements,
            long descendants,
            List<ImplementersView.Node> children,
            String parent) {
        return new ImplementersView.Node(
                n.key(),
                n.number(),
                n.type(),
                n.issuer(),
                n.issuerLevel(),
                n.date(),
                n.status(),
                n.province(),
                n.district(),
                n.commune(),
                alsoImplements,
                descendants,
                children,
                parent);
    }

    /** The nodes by date (undated last), with the days since the root's date. */
    private static List<ImplementersView.TimelineEntry> timeline(
            List<ImplementersView.Node> nodes, @Nullable LocalDate rootDate) {
        return nodes.stream()
                .sorted(Comparator.comparing((ImplementersView.Node n) -> n.date() == null ? "~" : n.date())
                        .thenComparing(ImplementersView.Node::key))
                .map(n -> {
                    LocalDate d = date(n.date());
                    Long days = d == null || rootDate == null ? null : ChronoUnit.DAYS.between(rootDate, d);
                    return new ImplementersView.TimelineEntry(n.key(), n.date(), days);
                })
                .toList();
    }

    /**
     * The communes of {@code district} (of {@code province}) where a node of the tree is placed.
     * Only a document placed in this district covers a commune: commune names repeat across
     * districts (xã Hòa Bình), so one whose header names no district is not guessed into it.
     */
    private static Set<String> communesIn(
            List<ImplementersView.Node> all, @Nullable String province, @Nullable String district) {
        if (province == null || district == null || district.isBlank()) {
            return Set.of();
        }
        String p = Places.key(province);
        String d = Places.key(district);
        Set<String> covered = new HashSet<>();
        all.stream()
                .filter(n -> Places.key(n.province()).equals(p)
                        && Places.key(n.district()).equals(d))
                .forEach(n -> covered.add(Places.key(n.commune())));
        return covered;
    }

    /**
     * The communes of {@code district} (of {@code province}) where a document of the tree is placed,
     * as {@link #communesIn(List, String, String)} finds them in a whole tree, without reading it: the
     * stored spellings of the province and the district that match are those of the levels' places,
     * their communes one aggregation ({@link GraphService#communes}).
     */
    private Set<String> communesIn(GraphService.Levels levels, String province, String district, Audience audience) {
        String p = Places.key(province);
        String d = Places.key(district);
        Set<String> provinces = new HashSet<>();
        Set<String> districts = new HashSet<>();
        levels.places().forEach((prov, inProvince) -> {
            if (Places.key(prov).equals(p)) {
                provinces.add(prov);
                inProvince.keySet().stream()
                        .filter(dist -> Places.key(dist).equals(d))
                        .forEach(districts::add);
            }
        });
        Set<String> covered = new HashSet<>();
        graph.communes(levels.root(), provinces, districts, audience).forEach(c -> covered.add(Places.key(c)));
        return covered;
    }

    /**
     * The provinces without a document of the tree, or with {@code province} its districts without
     * one, or with {@code district} too that district's communes without one.
     *
     * @param places documents of the tree per province, then per district
     */
    private List<ImplementersView.Place> withoutImplementing(
            Map<String, Map<String, Long>> places,
            Set<String> coveredCommunes,
            @Nullable String province,
            @Nullable String district,
            @Nullable LocalDate rootDate) {
        List<ImplementersView.Place> out = new ArrayList<>();
        if (province == null || province.isBlank()) {
            Set<String> covered = new HashSet<>();
            places.keySet().forEach(p -> covered.add(Places.key(p)));
            for (String p : this.places.provinces(rootDate)) {
                if (!covered.contains(Places.key(p))) {
                    out.add(new ImplementersView.Place(p, null));
                }
            }
        } else if (district == null || district.isBlank()) {
            String p = Places.key(province);
            Set<String> covered = new HashSet<>();
            places.forEach((prov, districts) -> {
                if (Places.key(prov).equals(p)) {
                    districts.keySet().forEach(d -> covered.add(Places.key(d)));
                }
            });
            for (String d : this.places.districts(province)) {
                if (!covered.contains(Places.key(d))) {
                    out.add(new ImplementersView.Place(province.strip(), d));
                }
            }
        } else {
            for (String c : this.places.communes(province, district)) {
                if (!coveredCommunes.contains(Places.key(c))) {
                    out.add(new ImplementersView.Place(province.strip(), district.strip(), c));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The picture around a document: its chains up to the roots and its implementers down {@code
     * down} levels (level by level, then by key), at most {@value #MAX_GRAPH_NODES} nodes; edges go from
     * citing to cited document.
     */
    public GraphView neighbourhood(String keyOrNumber, int down, Audience audience) {
        int depth = Math.max(0, Math.min(MAX_DOWN, down));
        GraphNode start = documents.resolve(keyOrNumber, audience);
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        nodes.put(start.key(), start);
        boolean truncated = false;
        for (List<GraphNode> path : graph.chain(start, audience).paths()) {
            // A step the audience may not see has no key: the picture leaves it out.
            path.stream().filter(n -> !n.key().isEmpty()).forEach(n -> nodes.putIfAbsent(n.key(), n));
        }
        if (depth > 0) {
            // The first levels only, level by level, from the tree placements: a directive with 36 000
            // documents under it no longer has its whole tree built for a picture of 500 nodes.
            for (int d = 1; d <= depth && !truncated; d++) {
                int room = MAX_GRAPH_NODES - nodes.size();
                if (room <= 0) {
                    truncated = true;
                    break;
                }
                GraphService.Levels level = graph.levels(start, d, d, room, null, audience);
                level.nodes().forEach(p -> nodes.putIfAbsent(p.node().key(), p.node()));
                truncated = level.next() != null;
                if (level.nodes().isEmpty()) {
                    break;
                }
            }
        }
        Map<String, Map<String, String>> relations = relations(nodes.keySet());
        List<GraphView.Edge> edges = new ArrayList<>();
        for (GraphNode n : nodes.values()) {
            for (String p : new LinkedHashSet<>(n.parents())) {
                if (nodes.containsKey(p)) {
                    String relation = relations.getOrDefault(n.key(), Map.of()).getOrDefault(p, "IMPLEMENTS");
                    edges.add(new GraphView.Edge(n.key(), p, relation));
                }
            }
        }
        return new GraphView(nodes.values().stream().map(NodeView::of).toList(), List.copyOf(edges), truncated);
    }

    /**
     * For each document, the relation of its citation of each parent (IMPLEMENTS wins over BASIS):
     * the graph keeps parents without saying how they are cited. One multi-get.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Map<String, Map<String, String>> relations(Set<String> keys) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        try {
            MgetResponse<Map> r = index.client()
                    .mget(
                            m -> m.index(index.alias())
                                    .ids(List.copyOf(keys))
                                    .sourceIncludes(
                                            DocumentFields.CITATION_TARGET_KEY, DocumentFields.CITATION_RELATION),
                            Map.class);
            for (MultiGetResponseItem<Map> item : r.docs()) {
                if (!item.isResult() || !item.result().found() || item.result().source() == null) {
                    continue;
                }
                Map<String, String> mine = new TreeMap<>();
                Object citations = item.result().source().get(DocumentFields.CITATIONS);
                if (citations instanceof List<?> list) {
                    for (Object o : list) {
                        Map<String, Object> c = (Map<String, Object>) o;
                        if (c.get("targetKey") instanceof String t
                                && c.get("relation") instanceof String rel
                                && !rel.equals("MENTIONS")) {
                            mine.merge(t, rel, (a, b) -> a.equals("IMPLEMENTS") ? a : b);
                        }
                    }
                }
                out.put(item.result().id(), mine);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The library's tree (already limited to what the audience may see) with descendant counts. */
    private static List<ImplementersView.Node> nodes(String parent, List<GraphService.TreeNode> tree) {
        List<ImplementersView.Node> out = new ArrayList<>();
        for (GraphService.TreeNode t : tree) {
            GraphNode n = t.node();
            List<ImplementersView.Node> children = nodes(n.key(), t.children());
            long descendants = children.size()
                    + children.stream()
                            .mapToLong(ImplementersView.Node::descendants)
                            .sum();
            out.add(node(n, t.alsoImplements(), descendants, children, parent));
        }
        return List.copyOf(out);
    }

    static void flatten(List<ImplementersView.Node> nodes, List<ImplementersView.Node> into) {
        for (ImplementersView.Node n : nodes) {
            into.add(n);
            flatten(n.children(), into);
        }
    }

    private static @Nullable LocalDate date(@Nullable String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
