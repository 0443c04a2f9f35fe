package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Units are matched to implementing documents by the canonical organ key, not by the folded name. */
class OrganKeysTest {

    private static String unit(String organ) {
        return OrganKeys.ofUnit(organ, "Quảng Ninh", "Tiên Yên");
    }

    @Test
    void spellings_of_one_organ_give_one_key() {
        // Old and new tone placement, capitals of a header, the Standing Committee signing for it.
        assertThat(unit("Huyện ủy Tiên Yên"))
                .isEqualTo(unit("BAN THƯỜNG VỤ HUYỆN UỶ TIÊN YÊN"))
                .isEqualTo(unit("BTV Huyện ủy Tiên Yên"))
                .isEqualTo(unit("HU Tiên Yên"));
        // The locality's kind repeated after the committee ("Tỉnh ủy tỉnh X").
        assertThat(unit("Tỉnh ủy tỉnh Quảng Ninh")).isEqualTo(unit("Tỉnh uỷ Quảng Ninh"));
        // Abbreviations of the People's Committee and of the town's kind.
        assertThat(unit("UBND TP Hạ Long"))
                .isEqualTo(unit("Ủy ban nhân dân thành phố Hạ Long"))
                .isEqualTo(unit("ỦY BAN NHÂN DÂN THÀNH PHỐ HẠ LONG"));
        assertThat(unit("Ủy ban nhân dân thị xã Quảng Yên")).isEqualTo(unit("UBND TX Quảng Yên"));
    }

    @Test
    void committees_of_different_kinds_or_places_are_different_organs() {
        assertThat(unit("Huyện ủy Đông Triều")).isNotEqualTo(unit("Thị ủy Đông Triều"));
        assertThat(unit("Huyện ủy Tiên Yên")).isNotEqualTo(unit("Huyện ủy Vân Đồn"));
        assertThat(unit("UBND huyện Tiên Yên")).isNotEqualTo(unit("Huyện ủy Tiên Yên"));
    }

    @Test
    void an_organ_named_without_its_place_is_the_assigning_documents_own() {
        // "Ban Thường vụ Tỉnh ủy" in a Quảng Ninh plan is Quảng Ninh's.
        assertThat(OrganKeys.ofUnit("Ban Thường vụ Tỉnh ủy", "Quảng Ninh", null))
                .isEqualTo(OrganKeys.ofUnit("Tỉnh ủy Quảng Ninh", null, null));
        assertThat(OrganKeys.ofUnit("UBND huyện", "Quảng Ninh", "Tiên Yên")).isEqualTo(unit("UBND huyện Tiên Yên"));
    }

    @Test
    void a_document_is_of_the_organ_its_key_names_even_when_its_issuer_was_printed_without_a_place() {
        // The plan of the Thành ủy Cẩm Phả signed "BAN THƯỜNG VỤ THÀNH ỦY": ingestion completed the
        // key from its header, the name alone does not say which Thành ủy.
        assertThat(OrganKeys.ofDocument("179-KH/TU~thanh-uy-cam-pha~2022", "179-KH/TU", "Ban Thường vụ Thành ủy"))
                .isEqualTo(OrganKeys.ofUnit("Thành ủy Cẩm Phả", "Quảng Ninh", null));
        // A key stored before a rule of the key changed is read in today's form.
        assertThat(OrganKeys.ofDocument("35-KH/TU~tinh-uy-tinh-quang-ninh~2021", "35-KH/TU", "Tỉnh ủy tỉnh Quảng Ninh"))
                .isEqualTo(unit("Tỉnh ủy Quảng Ninh"));
        // A document keyed by its content: its issuer's name.
        assertThat(OrganKeys.ofDocument("sha256~abc", null, "UBND huyện Tiên Yên"))
                .isEqualTo(unit("UBND huyện Tiên Yên"));
    }
}
