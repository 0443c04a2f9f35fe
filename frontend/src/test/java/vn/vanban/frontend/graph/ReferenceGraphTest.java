package vn.vanban.frontend.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceGraphTest {

    @Test
    void levels_are_laid_out_top_down_from_the_directive() {
        var positions = LevelLayout.positions(
                List.of(node("x", "COMMUNE", "PARTY"), node("d", "CENTRAL", "PARTY"), node("p", "PROVINCE", "STATE")));
        assertThat(positions.get("d").y()).isLessThan(positions.get("p").y());
        assertThat(positions.get("p").y()).isLessThan(positions.get("x").y());
    }

    @Test
    void three_hundred_nodes_of_one_level_wrap_into_rows_and_never_overlap() {
        List<ReferenceGraph.Node> nodes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            nodes.add(node("k" + i, "COMMUNE", i % 2 == 0 ? "PARTY" : "STATE"));
        }
        var positions = LevelLayout.positions(nodes);
        Set<String> distinct = new HashSet<>();
        positions.values().forEach(p -> distinct.add(p.x() + "," + p.y()));
        assertThat(distinct).hasSize(300);
        double width = positions.values().stream()
                        .mapToDouble(LevelLayout.Position::x)
                        .max()
                        .orElseThrow()
                - positions.values().stream()
                        .mapToDouble(LevelLayout.Position::x)
                        .min()
                        .orElseThrow();
        assertThat(width).isLessThanOrEqualTo(LevelLayout.PER_ROW * LevelLayout.DX);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_node_is_coloured_by_level_and_shaped_by_side_and_edges_to_absent_nodes_are_dropped() {
        var elements = ReferenceGraph.elements(
                List.of(node("a", "PROVINCE", "PARTY"), node("b", "DISTRICT", "STATE")),
                List.of(new ReferenceGraph.Edge("b", "a", "IMPLEMENTS"), new ReferenceGraph.Edge("b", "zz", "BASIS")));
        assertThat(elements).hasSize(3);
        Map<String, Object> a = (Map<String, Object>) elements.get(0).get("data");
        Map<String, Object> b = (Map<String, Object>) elements.get(1).get("data");
        assertThat(a)
                .containsEntry("colour", ReferenceGraph.LEVEL_COLOURS.get("PROVINCE"))
                .containsEntry("shape", "ellipse");
        assertThat(b).containsEntry("shape", "round-rectangle");
        assertThat(ReferenceGraph.shape("FRONT")).isEqualTo("diamond");
    }

    private static ReferenceGraph.Node node(String key, String level, String side) {
        return new ReferenceGraph.Node(key, key, level, side, "INDEXED");
    }
}
