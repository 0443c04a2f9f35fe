package vn.vanban.indexer.graph;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;

/**
 * Maintains the graph index {@code <alias>-graph}: one small node per node of the document index with
 * its {@code parents}, its {@code ancestors} (the keys reachable upwards) and its place in the
 * implementers tree of each ancestor ({@link Placements}), so that the implementers of X are one term
 * query, one level of them another, and the chain of D one multi-get.
 *
 * <p>The ancestors live in a separate index of small keyword-only documents rather than on the
 * documents themselves: writing a field of a document re-indexes its whole text with the Vietnamese
 * analyzers (measured: 1 671 partial updates took 47 s on the shared 2-core machine, as long as
 * ingesting them), while the graph nodes cost almost nothing to rewrite.
 *
 * <p>The graph is recomputed from the {@code parents} of all nodes rather than patched, because every
 * change that moves ancestors comes through a rewrite of a whole node by ingestion: a CITED_ONLY node
 * taken over by its document (its parents become what the document says), a parent that arrives after
 * its children, a deletion that turns a document back into a CITED_ONLY node. Only graph nodes that
 * changed are written; graph nodes whose document is gone are removed.
 */
public final class Ancestors {

    /**
     * What a refresh did.
     *
     * @param nodes nodes of the document index read
     * @param written graph nodes written (new or changed)
     * @param removed graph nodes removed (no longer in the document index)
     */
    public record Refresh(int nodes, int written, int removed) {}

    private static final int PAGE = 5_000;
    private static final int BULK = 2_000;
    private static final String MAPPING_RESOURCE = "graph-v1.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The document fields a graph node copies. */
    private static final List<String> COPIED = List.of(
            DocumentFields.KEY,
            DocumentFields.NUMBER_KEY,
            DocumentFields.NUMBER,
            DocumentFields.TYPE_CODE,
            DocumentFields.ISSUER,
            DocumentFields.ISSUER_SIDE,
            DocumentFields.ISSUER_LEVEL,
            DocumentFields.DATE,
            DocumentFields.STATUS,
            DocumentFields.PROVINCE,
            DocumentFields.DISTRICT,
            DocumentFields.COMMUNE,
            DocumentFields.PARENTS,
            DocumentFields.VISIBILITY);

    private final ElasticsearchClient client;
    private final String alias;
    private final String graph;
    private final Clock clock;

    public Ancestors(DocumentIndex index) {
        this(index.client(), index.alias());
    }

    public Ancestors(ElasticsearchClient client, String alias) {
        this(client, alias, Clock.systemUTC());
    }

    /** @param clock tells whether a run holding the stale mark is still alive ({@link GraphState}) */
    public Ancestors(ElasticsearchClient client, String alias, Clock clock) {
        this.client = client;
        this.alias = alias;
        this.graph = graphIndex(alias);
        this.clock = clock;
    }

    /** The graph index of a document index alias. */
    public static String graphIndex(String alias) {
        return alias + "-graph";
    }

    /**
     * Recomputes every node's ancestors and brings the graph index up to date; then refreshes it and
     * clears the stale mark it found ({@link GraphState}): only a refresh that completes does, and not
     * while a run that may still write holds the mark.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Refresh refresh() {
        try {
            ensureGraphIndex();
            GraphState state = new GraphState(client, alias, clock);
            Optional<GraphState.Stale> stale = state.stale();
            // Bulk writes of the ingestion are not all searchable yet; the scroll must see them.
            client.indices().refresh(r -> r.index(alias));
            Map<String, Map<String, Object>> nodes = new HashMap<>();
            scroll(alias, COPIED, (id, src) -> nodes.put(id, graphNode(id, src)));
            Map<String, Map<String, Object>> current = new HashMap<>();
            scroll(graph, List.of(), current::put);
            Map<String, List<String>> parents = new HashMap<>();
            Map<String, String> dates = new HashMap<>();
            nodes.forEach((k, v) -> {
                parents.put(k, (List<String>) v.getOrDefault(DocumentFields.PARENTS, List.of()));
                if (v.get(DocumentFields.DATE) instanceof String d) {
                    dates.put(k, d);
                }
            });
            Map<String, List<String>> closure = closure(parents, dates);
            Map<String, GraphNode> graphNodes = new HashMap<>();
            nodes.forEach((k, v) -> {
                List<String> ancestors = closure.get(k);
                if (!ancestors.isEmpty()) {
                    v.put(GraphNode.ANCESTORS, ancestors);
                }
                graphNodes.put(k, GraphNode.of(k, v));
            });
            Map<String, Map<String, List<String>>> placements = Placements.compute(graphNodes);
            List<BulkOperation> ops = new ArrayList<>();
            int written = 0;
            int removed = 0;
            for (Map.Entry<String, Map<String, Object>> e : nodes.entrySet()) {
                Map<String, Object> next = e.getValue();
                placements
                        .getOrDefault(e.getKey(), Map.of())
                        .forEach((field, values) ->
                                next.put(field, values.stream().sorted().toList()));
                if (next.equals(current.get(e.getKey()))) {
                    continue;
                }
                ops.add(BulkOperation.of(
                        b -> b.index(i -> i.index(graph).id(e.getKey()).document(next))));
                written++;
                flushIfFull(ops);
            }
            for (String key : current.keySet()) {
                if (!nodes.containsKey(key)) {
                    ops.add(BulkOperation.of(b -> b.delete(d -> d.index(graph).id(key))));
                    removed++;
                    flushIfFull(ops);
                }
            }
            if (!ops.isEmpty()) {
                write(ops);
            }
            client.indices().refresh(r -> r.index(graph));
            state.refreshed(stale, written + removed > 0);
            return new Refresh(nodes.size(), written, removed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushIfFull(List<BulkOperation> ops) throws IOException {
        if (ops.size() >= BULK) {
            write(ops);
            ops.clear();
        }
    }

    /** The graph node of a document: its copied fields, {@code type.code} as {@code typeCode}. */
    private static Map<String, Object> graphNode(String id, Map<String, Object> src) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put(DocumentFields.KEY, id);
        for (String field : COPIED) {
            if (field.equals(DocumentFields.KEY)) {
                continue;
            }
            Object value = field.equals(DocumentFields.TYPE_CODE)
                    ? (src.get("type") instanceof Map<?, ?> t ? t.get("code") : null)
                    : src.get(field);
            if (value instanceof List<?> list && list.isEmpty()) {
                continue;
            }
            if (value != null) {
                node.put(field.equals(DocumentFields.TYPE_CODE) ? GraphNode.TYPE_CODE : field, value);
            }
        }
        return node;
    }
    /**
     * The keys reachable upwards from each node, sorted, the node itself excluded (a cycle makes a
     * node its own ancestor; it is not listed). Keys named as parents without a node of their own are
     * reachable too. An edge to a later document is not followed ({@link GraphNode#canImplement}).
     */
    static Map<String, List<String>> closure(Map<String, List<String>> parents, Map<String, String> dates) {
        Map<String, List<String>> out = new HashMap<>();
        for (String start : parents.keySet()) {
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            up(start, parents, dates, todo);
            while (!todo.isEmpty()) {
                String k = todo.pop();
                if (seen.add(k)) {
                    up(k, parents, dates, todo);
                }
            }
            seen.remove(start);
            out.put(start, List.copyOf(new TreeSet<>(seen)));
        }
        return out;
    }

    private static void up(
            String key, Map<String, List<String>> parents, Map<String, String> dates, Deque<String> todo) {
        for (String p : parents.getOrDefault(key, List.of())) {
            if (GraphNode.canImplement(dates.get(key), dates.get(p))) {
                todo.add(p);
            }
        }
    }

    void ensureGraphIndex() {
        try {
            createOrUpdateGraphIndex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createOrUpdateGraphIndex() throws IOException {
        try (InputStream in = Ancestors.class.getResourceAsStream(MAPPING_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + MAPPING_RESOURCE + " beside " + Ancestors.class);
            }
            ObjectNode body = (ObjectNode) JSON.readTree(in);
            body.remove("_comment");
            if (client.indices().exists(e -> e.index(graph)).value()) {
                // A graph index made by an older version lacks the newer fields (visibility): adding
                // a field to a mapping is allowed, and the graph is derived data rewritten below.
                String mappings = JSON.writeValueAsString(body.get("mappings"));
                client.indices().putMapping(m -> m.index(graph).withJson(new StringReader(mappings)));
                return;
            }
            String json = JSON.writeValueAsString(body);
            try {
                client.indices().create(c -> c.index(graph).withJson(new StringReader(json)));
            } catch (ElasticsearchException e) {
                // Another process created it between our check and our request.
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void scroll(String index, List<String> fields, BiConsumer<String, Map<String, Object>> each)
            throws IOException {
        ResponseBody<Map> page = client.search(
                s -> {
                    s.index(index).size(PAGE).scroll(t -> t.time("2m")).sort(o -> o.doc(d -> d));
                    if (!fields.isEmpty()) {
                        s.source(src -> src.filter(f -> f.includes(fields)));
                    }
                    return s;
                },
                Map.class);
        String scrollId = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                for (Hit<Map> hit : page.hits().hits()) {
                    each.accept(hit.id(), hit.source() == null ? new HashMap<>() : new HashMap<>(hit.source()));
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

    private void write(List<BulkOperation> ops) throws IOException {
        BulkResponse response = client.bulk(b -> b.operations(List.copyOf(ops)));
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != 404) {
                throw new IllegalStateException("graph node " + item.id() + " not written: "
                        + item.error().reason());
            }
        }
    }
}
