package vn.vanban.indexer.graph;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;

/**
 * Maintains the {@code ancestors} of every node: the keys reachable upwards through {@code parents}.
 *
 * <p>It is recomputed from the {@code parents} of all nodes rather than patched, because every change
 * that moves ancestors comes through a rewrite of a whole node by ingestion: a CITED_ONLY node taken
 * over by its document (its parents become what the document says), a parent that arrives after its
 * children, a deletion that turns a document back into a CITED_ONLY node. A rewrite also drops the
 * field, so a refresh after each ingestion restores it. Only nodes whose ancestors changed are written,
 * each with its seq_no: a node rewritten meanwhile is skipped and fixed by the next refresh.
 */
public final class Ancestors {

    /**
     * What a refresh did.
     *
     * @param nodes nodes read
     * @param updated nodes whose ancestors were written
     * @param conflicts nodes rewritten by someone else meanwhile (left for the next refresh)
     */
    public record Refresh(int nodes, int updated, int conflicts) {}

    private static final int PAGE = 5_000;
    private static final int BULK = 1_000;

    private final ElasticsearchClient client;
    private final String alias;

    public Ancestors(DocumentIndex index) {
        this(index.client(), index.alias());
    }

    public Ancestors(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    private record Stored(
            List<String> parents,
            List<String> ancestors,
            @Nullable String date,
            long seqNo,
            long primaryTerm) {}

    /** Recomputes the ancestors of every node and writes those that changed; then refreshes the index. */
    public Refresh refresh() {
        try {
            ensureMapping();
            // Bulk writes of the ingestion are not all searchable yet; the scroll must see them.
            client.indices().refresh(r -> r.index(alias));
            Map<String, Stored> nodes = readAll();
            Map<String, List<String>> parents = new HashMap<>();
            Map<String, String> dates = new HashMap<>();
            nodes.forEach((k, v) -> {
                parents.put(k, v.parents());
                if (v.date() != null) {
                    dates.put(k, v.date());
                }
            });
            Map<String, List<String>> closure = closure(parents, dates);
            List<BulkOperation> ops = new ArrayList<>();
            int updated = 0;
            int conflicts = 0;
            for (Map.Entry<String, Stored> e : nodes.entrySet()) {
                List<String> next = closure.get(e.getKey());
                if (next.equals(e.getValue().ancestors())) {
                    continue;
                }
                Stored stored = e.getValue();
                Map<String, Object> partial = Map.of(DocumentFields.ANCESTORS, next);
                ops.add(BulkOperation.of(b -> b.update(u -> u.index(alias)
                        .id(e.getKey())
                        .ifSeqNo(stored.seqNo())
                        .ifPrimaryTerm(stored.primaryTerm())
                        .action(a -> a.doc(partial)))));
                if (ops.size() == BULK) {
                    int[] r = write(ops);
                    updated += r[0];
                    conflicts += r[1];
                    ops.clear();
                }
            }
            if (!ops.isEmpty()) {
                int[] r = write(ops);
                updated += r[0];
                conflicts += r[1];
            }
            client.indices().refresh(r -> r.index(alias));
            return new Refresh(nodes.size(), updated, conflicts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Indices created before the field existed get it: adding a field to a mapping is allowed. */
    private void ensureMapping() throws IOException {
        client.indices().putMapping(m -> m.index(alias).properties(DocumentFields.ANCESTORS, p -> p.keyword(k -> k)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Map<String, Stored> readAll() throws IOException {
        Map<String, Stored> nodes = new HashMap<>();
        ResponseBody<Map> page = client.search(
                s -> s.index(alias)
                        .size(PAGE)
                        .scroll(t -> t.time("2m"))
                        .seqNoPrimaryTerm(true)
                        .source(src -> src.filter(
                                f -> f.includes(DocumentFields.PARENTS, DocumentFields.ANCESTORS, DocumentFields.DATE)))
                        .sort(o -> o.doc(d -> d)),
                Map.class);
        String scrollId = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                for (Hit<Map> hit : page.hits().hits()) {
                    Map<String, Object> src = hit.source() == null ? Map.of() : hit.source();
                    List<String> parents =
                            src.get(DocumentFields.PARENTS) instanceof List p ? (List<String>) p : List.of();
                    List<String> ancestors =
                            src.get(DocumentFields.ANCESTORS) instanceof List a ? (List<String>) a : List.of();
                    String date = src.get(DocumentFields.DATE) instanceof String d ? d : null;
                    nodes.put(hit.id(), new Stored(parents, ancestors, date, hit.seqNo(), hit.primaryTerm()));
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
        return nodes;
    }

    private int[] write(List<BulkOperation> ops) throws IOException {
        BulkResponse response = client.bulk(b -> b.operations(List.copyOf(ops)));
        int ok = 0;
        int conflicts = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                ok++;
            } else if (item.status() == 409 || item.status() == 404) {
                conflicts++;
            } else {
                throw new IllegalStateException("ancestors of " + item.id() + " not written: "
                        + item.error().reason());
            }
        }
        return new int[] {ok, conflicts};
    }
}
