package vn.vanban.indexer.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each node sits in the implementers tree of each of its ancestors, exactly as {@link
 * GraphService#assemble} places it, kept on the graph node so that one level of a tree of 10 000
 * documents is a term query instead of the whole tree read and built for every page. Each value is
 * {@code ROOT|x}, ROOT the key of the tree's root.
 *
 * <ul>
 *   <li>{@value #LEVEL}: {@code ROOT|depth}, 1 for a direct implementer;
 *   <li>{@value #PLACED}: {@code ROOT|parent}, the parent the tree shows it under;
 *   <li>{@value #ALSO}: {@code ROOT|other}, its other parents inside the tree;
 *   <li>{@value #UNDER}: {@code ROOT|a} for each node between ROOT and it in the tree, so that the
 *       documents under a node are a count.
 * </ul>
 */
final class Placements {

    static final String LEVEL = "treeLevel";
    static final String PLACED = "treeParent";
    static final String ALSO = "treeAlso";
    static final String UNDER = "treeUnder";
    static final List<String> FIELDS = List.of(LEVEL, PLACED, ALSO, UNDER);

    private static final char SEP = '|';

    private Placements() {}

    static String value(String root, Object x) {
        return root + SEP + x;
    }

    /** The x of the values of {@code root} among {@code values}. */
    static List<String> of(String root, List<String> values) {
        String prefix = root + SEP;
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v.startsWith(prefix)) {
                out.add(v.substring(prefix.length()));
            }
        }
        return out;
    }

    /**
     * @param nodes every graph node, with its ancestors
     * @return for each node in some tree, its fields ({@link #FIELDS}) with their values
     */
    static Map<String, Map<String, List<String>>> compute(Map<String, GraphNode> nodes) {
        // The members of each tree in key order, as GraphService.implementers passes them.
        Map<String, Map<String, GraphNode>> trees = new HashMap<>();
        for (GraphNode n : new TreeMap<>(nodes).values()) {
            for (String a : n.ancestors()) {
                if (nodes.containsKey(a)) {
                    trees.computeIfAbsent(a, k -> new LinkedHashMap<>()).put(n.key(), n);
                }
            }
        }
        Map<String, Map<String, List<String>>> out = new HashMap<>();
        trees.forEach((root, members) -> {
            GraphService.Implementers tree = GraphService.assemble(nodes.get(root), members, false);
            place(root, tree.children(), 1, new ArrayList<>(), out);
        });
        return out;
    }

    private static void place(
            String root,
            List<GraphService.TreeNode> level,
            int depth,
            List<String> path,
            Map<String, Map<String, List<String>>> out) {
        for (GraphService.TreeNode t : level) {
            Map<String, List<String>> fields = out.computeIfAbsent(t.node().key(), k -> new LinkedHashMap<>());
            add(fields, LEVEL, value(root, depth));
            add(fields, PLACED, value(root, path.isEmpty() ? root : path.getLast()));
            t.alsoImplements().forEach(p -> add(fields, ALSO, value(root, p)));
            path.forEach(a -> add(fields, UNDER, value(root, a)));
            path.add(t.node().key());
            place(root, t.children(), depth + 1, path, out);
            path.removeLast();
        }
    }

    private static void add(Map<String, List<String>> fields, String field, String value) {
        fields.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
    }
}
