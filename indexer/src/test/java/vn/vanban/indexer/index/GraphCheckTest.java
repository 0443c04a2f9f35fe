package vn.vanban.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphCheckTest {

    private static GraphCheck.Node node(String issuerKey, boolean ocr, GraphCheck.CitedIssuer... cited) {
        return new GraphCheck.Node(
                "118-KH/TU~" + issuerKey + "~2023",
                "118-KH/TU",
                "KH",
                2023,
                issuerKey,
                ocr,
                "2023-05-04",
                List.of(cited));
    }

    @Test
    void two_spellings_of_one_organ_under_one_number_are_suspected_duplicates() {
        GraphCheck.Report r =
                GraphCheck.of(List.of(node("tinh-uy-tinh-quang-ninh", false), node("tinh-uy-quang-ninh", false)));
        assertThat(r.suspectedDuplicates())
                .containsExactly(
                        List.of("118-KH/TU~tinh-uy-tinh-quang-ninh~2023", "118-KH/TU~tinh-uy-quang-ninh~2023"));
    }

    @Test
    void an_ocr_misread_of_the_issuer_is_a_suspected_duplicate_of_the_typed_copy() {
        GraphCheck.Report r = GraphCheck.of(List.of(node("huyen-uy-ba-che", false), node("huyen-uy-ba-chc", true)));
        assertThat(r.suspectedDuplicates()).hasSize(1);
    }

    @Test
    void a_scan_whose_ocr_misread_a_whole_header_word_is_a_suspected_duplicate_when_its_text_is_the_same() {
        List<GraphCheck.Node> pair = List.of(node("tinh-uy-quang-ninh", false), node("tinh-uy-ly", true));
        assertThat(GraphCheck.of(pair, (a, b) -> true).suspectedDuplicates())
                .containsExactly(List.of("118-KH/TU~tinh-uy-quang-ninh~2023", "118-KH/TU~tinh-uy-ly~2023"));
        assertThat(GraphCheck.of(pair, (a, b) -> false).suspectedDuplicates()).isEmpty();
        List<GraphCheck.Node> typed = List.of(node("tinh-uy-quang-ninh", false), node("tinh-uy-an-giang", false));
        assertThat(GraphCheck.of(typed, (a, b) -> true).suspectedDuplicates())
                .as("two typed texts: the same text under two organs is two organs' plans")
                .isEmpty();
    }

    @Test
    void the_same_number_of_two_organs_is_no_duplicate() {
        GraphCheck.Report r = GraphCheck.of(List.of(
                node("tinh-uy-quang-ninh", false),
                node("tinh-uy-an-giang", false),
                node("ubnd-xa-hai-lang", false),
                node("ubnd-xa-hai-long", false)));
        assertThat(r.suspectedDuplicates()).isEmpty();
        assertThat(r.clean()).isTrue();
    }

    @Test
    void a_citation_whose_issuer_is_a_bare_word_is_reported() {
        GraphCheck.Report r = GraphCheck.of(List.of(node(
                "huyen-uy-ba-che",
                false,
                new GraphCheck.CitedIssuer("197/KH-UBND", "Ủy"),
                new GraphCheck.CitedIssuer("4512/BGTVT-KHĐT", "Bộ Giao thông vận tải"))));
        assertThat(r.bareIssuers())
                .containsExactly(new GraphCheck.BareIssuer("118-KH/TU~huyen-uy-ba-che~2023", "197/KH-UBND", "Ủy"));
    }
}
