package vn.vanban.indexer.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the graph answers, shared by the CLI and the portal's backend: chain {@code
 * {"paths": [[node, …]]}} from the document up to the root; implementers {@code {"root", "children",
 * "countsByLevel"}}.
 */
public final class GraphJson {

    private GraphJson() {}

    /** {@code key, number, type, issuer, issuerLevel, date, status}. */
    public static Map<String, Object> node(GraphNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", n.key());
        m.put("number", n.number());
        m.put("type", n.type());
        m.put("issuer", n.issuer());
        m.put("issuerLevel", n.issuerLevel());
        m.put("date", n.date());
        m.put("status", n.status());
        return m;
    }

    public static Map<String, Object> chain(GraphService.Chain chain) {
        List<List<Map<String, Object>>> paths = new ArrayList<>();
        for (List<GraphNode> path : chain.paths()) {
            paths.add(path.stream().map(GraphJson::node).toList());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paths", paths);
        if (chain.truncated()) {
            m.put("truncated", true);
        }
        return m;
    }

    public static Map<String, Object> implementers(GraphService.Implementers implementers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("root", node(implementers.root()));
        m.put("children", implementers.children().stream().map(GraphJson::tree).toList());
        m.put("countsByLevel", implementers.countsByLevel());
        m.put("countsByProvince", implementers.countsByProvince());
        m.put("total", implementers.total());
        if (implementers.truncated()) {
            m.put("truncated", true);
        }
        return m;
    }

    private static Map<String, Object> tree(GraphService.TreeNode t) {
        Map<String, Object> m = node(t.node());
        m.put("province", t.node().province());
        m.put("district", t.node().district());
        m.put("commune", t.node().commune());
        if (!t.alsoImplements().isEmpty()) {
            m.put("alsoImplements", t.alsoImplements());
        }
        m.put("children", t.children().stream().map(GraphJson::tree).toList());
        return m;
    }

    /** The candidates of an ambiguous number. */
    public static Map<String, Object> ambiguous(GraphService.Ambiguous ambiguous) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", ambiguous.query());
        m.put("ambiguous", true);
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (GraphNode n : ambiguous.candidates()) {
            Map<String, Object> c = node(n);
            c.put("province", n.province());
            c.put("district", n.district());
            c.put("commune", n.commune());
            candidates.add(c);
        }
        m.put("candidates", candidates);
        return m;
    }
}
