package vn.vanban.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.parse.DocumentParser;

class DocumentKeyTest {

    @Test
    void issuer_named_in_a_citation_meets_the_issuer_printed_in_the_header() {
        assertThat(IssuerKeys.fold("Thành ủy Cẩm Phả")).isEqualTo("thanh-uy-cam-pha");
        assertThat(IssuerKeys.fold("THÀNH ỦY CẨM PHẢ")).isEqualTo("thanh-uy-cam-pha");
        assertThat(IssuerKeys.fold("Ban Thường vụ Thành ủy Cẩm Phả")).isEqualTo("thanh-uy-cam-pha");
        // Old tone placement and decomposed diacritics, as Word and PDFs write them.
        assertThat(IssuerKeys.fold("Thành uỷ Cẩm Phả")).isEqualTo("thanh-uy-cam-pha");
        assertThat(IssuerKeys.fold("Tha\u0300nh u\u0309y Câ\u0309m Pha\u0309")).isEqualTo("thanh-uy-cam-pha");
    }

    @Test
    void long_and_abbreviated_organ_names_meet() {
        assertThat(IssuerKeys.fold("UBND thành phố Cẩm Phả")).isEqualTo("ubnd-tp-cam-pha");
        assertThat(IssuerKeys.fold("ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ")).isEqualTo("ubnd-tp-cam-pha");
        assertThat(IssuerKeys.fold("Ủy ban nhân dân TP. Cẩm Phả")).isEqualTo("ubnd-tp-cam-pha");
    }

    @Test
    void a_number_that_names_its_issuer_nationwide_needs_no_issuer_name() {
        assertThat(IssuerKeys.of("03-CT/TW", "Ban Bí thư")).isEqualTo("tw");
        assertThat(IssuerKeys.of("03-CT/TW", null)).isEqualTo("tw");
        assertThat(IssuerKeys.of("15/2020/NĐ-CP", null)).isEqualTo("cp");
        assertThat(IssuerKeys.of("28/CT-TTg", "Thủ tướng Chính phủ")).isEqualTo("ttg");
        assertThat(IssuerKeys.of("51/2024/QH15", null)).isEqualTo("qh15");
        assertThat(IssuerKeys.of("35-KH/TU", null)).isNull();
        assertThat(IssuerKeys.of("197/KH-UBND", null)).isNull();
    }

    @Test
    void issuer_code_is_read_from_party_and_state_numbers() {
        assertThat(IssuerKeys.issuerCode("35-KH/ĐUK")).isEqualTo("DUK");
        assertThat(IssuerKeys.issuerCode("197/KH-UBND")).isEqualTo("UBND");
        assertThat(IssuerKeys.issuerCode("15/2020/NĐ-CP")).isEqualTo("CP");
        assertThat(IssuerKeys.issuerCode("123/UBND-VX")).isEqualTo("UBND");
        assertThat(IssuerKeys.issuerCode("39-HD/BTGTU")).isEqualTo("BTGTU");
    }

    @Test
    void a_citation_and_the_cited_document_get_the_same_key() {
        DocumentKey cited = DocumentKey.of("179-KH/TU", "Thành ủy Cẩm Phả", LocalDate.of(2022, 6, 23))
                .orElseThrow();
        DocumentKey itself = DocumentKey.of("Số 179 - KH/TU", "THÀNH ỦY CẨM PHẢ", LocalDate.of(2022, 6, 23))
                .orElseThrow();
        assertThat(cited).isEqualTo(itself);
        assertThat(cited.value()).isEqualTo("179-KH/TU~thanh-uy-cam-pha~2022");
        assertThat(cited.numberKey()).isEqualTo("179-KH/TU");
    }

    @Test
    void the_same_number_of_two_provinces_gives_two_keys() {
        assertThat(DocumentKey.of("35-KH/TU", "Tỉnh ủy An Giang", LocalDate.of(2022, 1, 5)))
                .isNotEqualTo(DocumentKey.of("35-KH/TU", "Tỉnh ủy Quảng Ninh", LocalDate.of(2022, 1, 5)));
    }

    @Test
    void year_comes_from_the_number_of_a_legal_normative_document() {
        assertThat(DocumentKey.of("15/2020/ND-CP", null, null).orElseThrow().value())
                .isEqualTo("15/2020/ND-CP~cp~2020");
        assertThat(DocumentKey.of("15/2020/NĐ-CP", "Chính phủ", LocalDate.of(2020, 2, 3)))
                .contains(new DocumentKey("15/2020/ND-CP~cp~2020"));
    }

    @Test
    void a_key_cannot_be_told_without_issuer_or_year() {
        assertThat(DocumentKey.of("35-KH/TU", null, LocalDate.of(2022, 1, 5))).isEmpty();
        assertThat(DocumentKey.of("03-CT/TW", "Ban Bí thư", null)).isEmpty();
        assertThat(DocumentKey.of(null, "Ban Bí thư", LocalDate.of(2021, 5, 19)))
                .isEmpty();
    }

    @Test
    void a_document_without_a_number_is_keyed_by_its_text() {
        DocumentKey a = DocumentKey.ofContent("Nghị quyết  Đại hội\nXIII");
        assertThat(a).isEqualTo(DocumentKey.ofContent("Nghị quyết Đại hội XIII"));
        assertThat(a.isContentKey()).isTrue();
        assertThat(a.numberKey()).isNull();
        assertThat(a).isNotEqualTo(DocumentKey.ofContent("Nghị quyết Đại hội XII"));
    }

    @Test
    void an_organ_named_without_its_locality_takes_the_locality_of_the_citing_document() {
        assertThat(IssuerKeys.isGeneric("thanh-uy")).isTrue();
        assertThat(IssuerKeys.isGeneric("ubnd-tinh")).isTrue();
        assertThat(IssuerKeys.isGeneric("ban-tuyen-giao-tinh-uy")).isTrue();
        assertThat(IssuerKeys.isGeneric("thanh-uy-cam-pha")).isFalse();
        assertThat(IssuerKeys.qualify("thanh-uy", "Quảng Ninh", "Cẩm Phả")).isEqualTo("thanh-uy-cam-pha");
        assertThat(IssuerKeys.qualify("ban-tuyen-giao-tinh-uy", "An Giang", null))
                .isEqualTo("ban-tuyen-giao-tinh-uy-an-giang");
        assertThat(IssuerKeys.qualify("tinh-uy", "Quảng Ninh", "Cẩm Phả")).isEqualTo("tinh-uy-quang-ninh");
        assertThat(IssuerKeys.qualify("thanh-uy", null, null)).isNull();
    }

    @Test
    void party_cells_of_one_name_under_two_communes_are_two_organs() {
        String cell = IssuerKeys.fold("Chi bộ Thôn 2");
        assertThat(IssuerKeys.isCell(cell)).isTrue();

        String vinhXuong = IssuerKeys.qualifyCell(cell, "Đảng bộ xã Vĩnh Xương");
        String xuanTho = IssuerKeys.qualifyCell(cell, "ĐẢNG ỦY XÃ XUÂN THỌ");

        assertThat(vinhXuong).isEqualTo("chi-bo-thon-2--xa-vinh-xuong");
        assertThat(xuanTho).isEqualTo("chi-bo-thon-2--xa-xuan-tho");
        assertThat(IssuerKeys.isCell(vinhXuong)).isFalse();
        assertThat(IssuerKeys.qualifyCell(cell, null)).isNull();
        // Named with its Đảng bộ, in a citation or a header, the cell gets the same key.
        assertThat(IssuerKeys.of("03-KH/CB", "Chi bộ Thôn 2, Đảng bộ xã Vĩnh Xương"))
                .isEqualTo(vinhXuong);
        assertThat(IssuerKeys.qualifyCell(IssuerKeys.fold("Chi bộ Quân sự xã Hải Đông"), "Đảng bộ xã Hải Đông"))
                .isEqualTo("chi-bo-quan-su-xa--xa-hai-dong");
        assertThat(IssuerKeys.of("13-KH/CB", "Chi bộ Quân sự xã, Đảng bộ xã Hải Đông"))
                .isEqualTo("chi-bo-quan-su-xa--xa-hai-dong");
    }

    private static String cellPlan(String commune) {
        return """
                    ĐẢNG BỘ XÃ %1$s             ĐẢNG CỘNG SẢN VIỆT NAM
                        CHI BỘ THÔN 2
                              *
                         Số 11-KH/CB                  %2$s, ngày 20 tháng 8 năm 2021

                KẾ HOẠCH
                Tuyên truyền học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh

                I. MỤC ĐÍCH - YÊU CẦU

                1. Nâng cao nhận thức của đảng viên trong chi bộ.
                """.formatted(commune.toUpperCase(java.util.Locale.ROOT), commune);
    }

    @Test
    void plans_of_two_party_cells_of_one_name_in_two_communes_are_two_documents() {
        DocumentParser parser = new DocumentParser();

        DocumentKey vinhXuong = DocumentKey.of(parser.parse("a.txt", cellPlan("Vĩnh Xương")));
        DocumentKey xuanTho = DocumentKey.of(parser.parse("b.txt", cellPlan("Xuân Thọ")));

        assertThat(vinhXuong.value()).isEqualTo("11-KH/CB~chi-bo-thon-2--xa-vinh-xuong~2021");
        assertThat(xuanTho.value()).isEqualTo("11-KH/CB~chi-bo-thon-2--xa-xuan-tho~2021");
    }
}
