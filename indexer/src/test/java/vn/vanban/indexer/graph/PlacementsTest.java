package vn.vanban.indexer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PlacementsTest {

    private static GraphNode node(String key, @Nullable String date, List<String> parents) {
        return new GraphNode(
                key, key, "KH", null, null, "PROVINCE", date, "INDEXED", null, null, null, parents, List.of(), null);
    }

    /** The nodes with the ancestors a refresh gives them. */
    private static Map<String, GraphNode> graph(GraphNode... nodes) {
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, String> dates = new HashMap<>();
        for (GraphNode n : nodes) {
            parents.put(n.key(), n.parents());
            if (n.date() != null) {
                dates.put(n.key(), n.date());
            }
        }
        Map<String, List<String>> closure = Ancestors.closure(parents, dates);
        Map<String, GraphNode> out = new HashMap<>();
        for (GraphNode n : nodes) {
            out.put(
                    n.key(),
                    new GraphNode(
                            n.key(),
                            n.number(),
                            n.type(),
                            null,
                            null,
                            n.issuerLevel(),
                            n.date(),
                            n.status(),
                            null,
                            null,
                            null,
                            n.parents(),
                            closure.get(n.key()),
                            null));
        }
        return out;
    }

    @Test
    void each_node_keeps_its_level_and_parent_in_the_tree_of_each_ancestor() {
        // xa cites both the district plan and the province plan: the tree shows it under the deeper one.
        Map<String, GraphNode> g = graph(
                node("ct", "2021-05-19", List.of()),
                node("tinh", "2021-07-01", List.of("ct")),
                node("huyen", "2021-08-01", List.of("tinh")),
                node("xa", "2021-09-01", List.of("huyen", "tinh")),
                node("bo", "2021-06-01", List.of("ct")));
        Map<String, Map<String, List<String>>> p = Placements.compute(g);

        assertThat(p.get("xa").get(Placements.LEVEL)).containsExactlyInAnyOrder("ct|3", "tinh|2", "huyen|1");
        assertThat(p.get("xa").get(Placements.PLACED))
                .containsExactlyInAnyOrder("ct|huyen", "tinh|huyen", "huyen|huyen");
        assertThat(p.get("xa").get(Placements.ALSO)).containsExactlyInAnyOrder("ct|tinh", "tinh|tinh");
        assertThat(p.get("xa").get(Placements.UNDER)).containsExactlyInAnyOrder("ct|tinh", "ct|huyen", "tinh|huyen");
        assertThat(p.get("bo").get(Placements.LEVEL)).containsExactly("ct|1");
        assertThat(p).doesNotContainKey("ct");
    }

    @Test
    void a_placement_is_where_the_whole_tree_puts_the_node() {
        Map<String, GraphNode> g = graph(
                node("ct", "2021-05-19", List.of()),
                node("a", "2021-06-01", List.of("ct")),
                node("b", "2021-06-02", List.of("ct", "a")),
                node("c", "2021-06-03", List.of("b", "ct")),
                // A misread edge to a later plan is not followed: d is a direct implementer of ct.
                node("d", "2021-06-04", List.of("ct", "e")),
                node("e", "2022-01-01", List.of("c")));
        Map<String, Map<String, List<String>>> p = Placements.compute(g);
        Map<String, GraphNode> members = new java.util.TreeMap<>(g);
        members.remove("ct");
        GraphService.Implementers tree = GraphService.assemble(g.get("ct"), members, false);
        Map<String, String> shown = new HashMap<>();
        walk(tree.children(), "ct", 1, shown);
        Map<String, String> kept = new HashMap<>();
        p.forEach((k, fields) -> {
            if (!Placements.of("ct", fields.get(Placements.LEVEL)).isEmpty()) {
                kept.put(
                        k,
                        Placements.of("ct", fields.get(Placements.LEVEL)).getFirst() + " "
                                + Placements.of("ct", fields.get(Placements.PLACED))
                                        .getFirst());
            }
        });
        assertThat(kept).isEqualTo(shown).containsEntry("c", "3 b").containsEntry("d", "1 ct");
    }

    private static void walk(List<GraphService.TreeNode> level, String parent, int depth, Map<String, String> into) {
        for (GraphService.TreeNode t : level) {
            into.put(t.node().key(), depth + " " + parent);
            walk(t.children(), t.node().key(), depth + 1, into);
        }
    }
}
