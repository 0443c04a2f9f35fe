package vn.vanban.indexer.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The migration {@code indexer reindex} applies while it copies: every key in its canonical form
 * ({@link DocumentKey#canonical()}), the references to it (citation targets and candidates, parents,
 * cites) renamed with it, and the nodes that now share a key merged into one — a document takes over
 * the CITED_ONLY node its citations made under another spelling of its issuer; two INDEXED copies of
 * one document keep the better text and every file.
 *
 * <p>Two passes over the old index: {@link #observe} every node's key, then {@link #rewrite} each
 * source; a node whose new key others share is held back and {@link #merged} at the end.
 */
final class KeyMigration {

    private final Map<String, String> renamed = new HashMap<>();
    private final Map<String, Integer> nodesPerKey = new HashMap<>();
    private final Map<String, Map<String, Object>> held = new LinkedHashMap<>();

    /** Pass one: the node stored under {@code key}. */
    void observe(String key) {
        String canonical = new DocumentKey(key).canonical().value();
        if (!canonical.equals(key)) {
            renamed.put(key, canonical);
        }
        nodesPerKey.merge(canonical, 1, Integer::sum);
    }

    /** How many stored keys changed. */
    int renamedCount() {
        return renamed.size();
    }

    String keyOf(String key) {
        return renamed.getOrDefault(key, key);
    }

    /**
     * Pass two: the node under its new key with its references renamed, or null when it shares its new
     * key with another node and waits for {@link #merged()}.
     */
    @Nullable
    Map<String, Object> rewrite(Map<String, Object> source) {
        Map<String, Object> node = new LinkedHashMap<>(source);
        StoredVisibility.migrate(node);
        String key = keyOf((String) node.get(DocumentFields.KEY));
        node.put(DocumentFields.KEY, key);
        String issuerKey = new DocumentKey(key).issuerKey();
        if (issuerKey != null && node.containsKey(DocumentFields.ISSUER_KEY)) {
            node.put(DocumentFields.ISSUER_KEY, issuerKey);
        }
        renameList(node, DocumentFields.PARENTS, key);
        renameList(node, DocumentFields.CITES, key);
        Object citations = node.get(DocumentFields.CITATIONS);
        if (citations instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> c = new LinkedHashMap<>((Map<String, Object>) m);
                    if (c.get("targetKey") instanceof String t) {
                        c.put("targetKey", keyOf(t));
                    }
                    if (c.get("candidates") instanceof List<?> cands) {
                        c.put(
                                "candidates",
                                cands.stream()
                                        .map(x -> x instanceof String s ? keyOf(s) : x)
                                        .distinct()
                                        .toList());
                    }
                    out.add(c);
                } else {
                    out.add(o);
                }
            }
            node.put(DocumentFields.CITATIONS, out);
        }
        if (nodesPerKey.getOrDefault(key, 1) > 1) {
            held.merge(key, node, KeyMigration::merge);
            return null;
        }
        return node;
    }

    /** The nodes held back by {@link #rewrite}, one per key. */
    List<Map<String, Object>> merged() {
        return List.copyOf(held.values());
    }

    private void renameList(Map<String, Object> node, String field, String own) {
        if (node.get(field) instanceof List<?> list) {
            Set<String> out = new LinkedHashSet<>();
            for (Object o : list) {
                String k = keyOf(String.valueOf(o));
                if (!k.equals(own)) {
                    out.add(k);
                }
            }
            node.put(field, List.copyOf(out));
        }
    }

    /**
     * One node from two under the same key: an INDEXED document over a CITED_ONLY node (as ingestion
     * takes one over); of two INDEXED, the better text (higher {@link DocumentFields#TEXT_RANK}) with
     * the files and hashes of both.
     */
    static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        boolean aIndexed = DocumentState.INDEXED.name().equals(a.get(DocumentFields.STATUS));
        boolean bIndexed = DocumentState.INDEXED.name().equals(b.get(DocumentFields.STATUS));
        if (aIndexed != bIndexed) {
            return aIndexed ? a : b;
        }
        if (!aIndexed) {
            return a.size() >= b.size() ? a : b; // two CITED_ONLY: the one that says more
        }
        Map<String, Object> better = rank(a) >= rank(b) ? a : b;
        Map<String, Object> other = better == a ? b : a;
        Map<String, Object> out = new LinkedHashMap<>(better);
        out.put(DocumentFields.FILES, union(better.get(DocumentFields.FILES), other.get(DocumentFields.FILES)));
        out.put(DocumentFields.SHA256, union(better.get(DocumentFields.SHA256), other.get(DocumentFields.SHA256)));
        return out;
    }

    private static long rank(Map<String, Object> node) {
        return node.get(DocumentFields.TEXT_RANK) instanceof Number n ? n.longValue() : 0L;
    }

    private static List<Object> union(@Nullable Object x, @Nullable Object y) {
        Set<Object> out = new LinkedHashSet<>();
        if (x instanceof List<?> l) {
            out.addAll(l);
        }
        if (y instanceof List<?> l) {
            out.addAll(l);
        }
        return List.copyOf(out);
    }
}
