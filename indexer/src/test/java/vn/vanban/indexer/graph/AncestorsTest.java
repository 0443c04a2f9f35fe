package vn.vanban.indexer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AncestorsTest {

    @Test
    void ancestors_are_every_key_reachable_through_parents_including_nodes_known_only_as_keys() {
        Map<String, List<String>> closure = Ancestors.closure(
                Map.of("xa", List.of("huyen"), "huyen", List.of("tinh", "ct03"), "tinh", List.of("ct03")), Map.of());
        assertThat(closure.get("xa")).containsExactly("ct03", "huyen", "tinh");
        assertThat(closure.get("tinh")).containsExactly("ct03");
    }

    @Test
    void a_cycle_terminates_and_no_node_is_its_own_ancestor() {
        Map<String, List<String>> closure =
                Ancestors.closure(Map.of("a", List.of("b"), "b", List.of("a", "root")), Map.of());
        assertThat(closure.get("a")).containsExactly("b", "root");
        assertThat(closure.get("b")).containsExactly("a", "root");
    }

    @Test
    void an_edge_to_a_later_document_is_not_followed() {
        // 03-CT/TW (2021) read as carrying out a district plan of 2022: a misread citation, dropped.
        Map<String, List<String>> closure = Ancestors.closure(
                Map.of("xa", List.of("ct03"), "ct03", List.of("huyen"), "huyen", List.of()),
                Map.of("xa", "2022-09-01", "ct03", "2021-05-19", "huyen", "2022-08-11"));
        assertThat(closure.get("xa")).containsExactly("ct03");
        assertThat(closure.get("ct03")).isEmpty();
    }
}
