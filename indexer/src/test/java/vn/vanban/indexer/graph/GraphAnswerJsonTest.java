package vn.vanban.indexer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The graph answers' records print the README's JSON shapes by their own annotations; the golden
 * tests (GraphCliGoldenIT) hold the common case, these the flags those fixtures never raise.
 */
class GraphAnswerJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static GraphNode node(String key, String province) {
        return new GraphNode(
                key,
                "1/KH-UBND",
                "KH",
                "UBND",
                "STATE",
                "PROVINCE",
                "2024-01-02",
                "INDEXED",
                province,
                null,
                null,
                List.of("p"),
                List.of("a"),
                "PUBLIC");
    }

    @Test
    void a_cut_chain_says_so_and_a_whole_one_prints_no_flag() throws JsonProcessingException {
        GraphNode n = node("k", "Huế");
        String cut = JSON.writeValueAsString(new GraphService.Chain(n, List.of(List.of(n)), true));
        String whole = JSON.writeValueAsString(new GraphService.Chain(n, List.of(List.of(n)), false));

        assertThat(cut)
                .isEqualTo("{\"paths\":[[{\"key\":\"k\",\"number\":\"1/KH-UBND\",\"type\":\"KH\",\"issuer\":\"UBND\","
                        + "\"issuerLevel\":\"PROVINCE\",\"date\":\"2024-01-02\",\"status\":\"INDEXED\"}]],"
                        + "\"truncated\":true}");
        assertThat(whole).doesNotContain("truncated").doesNotContain("province");
    }

    @Test
    void a_tree_node_names_its_other_parents_only_when_it_has_some() throws JsonProcessingException {
        GraphNode root = node("r", "Huế");
        GraphService.TreeNode leaf = new GraphService.TreeNode(node("c", "Huế"), List.of(), List.of("x"));
        String json = JSON.writeValueAsString(new GraphService.Implementers(
                root, List.of(leaf), Map.of("PROVINCE", 1L), Map.of("Huế", 1L), 1, false));

        assertThat(json)
                .startsWith("{\"root\":{\"key\":\"r\",")
                .contains("\"status\":\"INDEXED\"},\"children\":[{\"key\":\"c\"")
                .contains("\"province\":\"Huế\",\"district\":null,\"commune\":null,\"alsoImplements\":[\"x\"],"
                        + "\"children\":[]}]")
                .endsWith("\"total\":1}")
                .doesNotContain("visibility", "ancestors", "issuerSide");
        assertThat(JSON.writeValueAsString(new GraphService.TreeNode(root, List.of(), List.of())))
                .doesNotContain("alsoImplements");
    }

    @Test
    void an_ambiguous_number_prints_its_flag_between_query_and_candidates() throws JsonProcessingException {
        String json = JSON.writeValueAsString(new GraphService.Ambiguous("1/KH-UBND", List.of(node("k", "Huế"))));

        assertThat(json).startsWith("{\"query\":\"1/KH-UBND\",\"ambiguous\":true,\"candidates\":[{\"key\":\"k\"");
        assertThat(json).contains("\"province\":\"Huế\"");
    }
}
