package vn.vanban.indexer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    private final Similarity similarity = new Similarity(Vocabulary.STANDARD, Set.of("Cẩm Phả", "Quảng Ninh"));

    private double sim(String a, String b) {
        return Similarity.cosine(similarity.profile(a), similarity.profile(b));
    }

    @Test
    void a_locality_that_differs_because_the_level_differs_is_no_difference() {
        assertThat(sim(
                        "Tuyên truyền sâu rộng trên địa bàn tỉnh Quảng Ninh, Tỉnh ủy chỉ đạo.",
                        "Tuyên truyền sâu rộng trên địa bàn thành phố Cẩm Phả, Thành ủy chỉ đạo."))
                .isEqualTo(1.0);
    }

    @Test
    void xa_hoi_is_not_the_commune_level_and_quan_is_not_the_district() {
        assertThat(similarity.terms("kinh tế - xã hội, cơ quan"))
                .containsExactly("kinh", "te", "xa", "hoi", "co", "quan");
        assertThat(similarity.terms("các xã, quận")).containsExactly("cac", Similarity.PLACE, Similarity.PLACE);
    }

    @Test
    void tone_placement_case_and_decomposed_diacritics_do_not_separate_words() {
        assertThat(sim("Hoà bình, uỷ ban", "HÒA BÌNH, ủy ban")).isEqualTo(1.0);
    }

    @Test
    void stop_words_of_administrative_prose_weigh_less_than_substance() {
        String point = "Vận động cán bộ ưu tiên mua sắm hàng Việt Nam.";
        assertThat(sim(point, "Vận động cán bộ ưu tiên mua sắm hàng Việt Nam của các đơn vị thực hiện."))
                .isGreaterThan(sim(point, "Vận động cán bộ ưu tiên sử dụng dịch vụ công trực tuyến."));
    }

    @Test
    void a_replaced_date_is_a_changed_number_an_added_citation_is_not() {
        Similarity.Profile a = similarity.profile("Quyết định ngày 17 tháng 3 năm 2021, giai đoạn 2021 - 2025.");
        Similarity.Profile b = similarity.profile("Quyết định ngày 17 tháng 3 năm 2022, giai đoạn 2021 - 2025.");
        Similarity.Profile c =
                similarity.profile("Quyết định ngày 17 tháng 3 năm 2021, giai đoạn 2021 - 2025 và Kế hoạch 72-KH/TU.");
        Similarity.Profile typed = similarity.profile("Quyết định ngày 17 tháng 3 năm 2021, giai đoạn 2021-2025.");
        assertThat(Similarity.numbersChanged(a, typed)).isFalse();
        assertThat(Similarity.numbersChanged(a, b)).isTrue();
        assertThat(Similarity.numbersChanged(a, c)).isFalse();
    }

    @Test
    void typical_plan_headings_and_their_variants_are_the_same_heading() {
        assertThat(similarity.headings("MỤC ĐÍCH, YÊU CẦU", "MỤC ĐÍCH - YÊU CẦU"))
                .isEqualTo(1.0);
        assertThat(similarity.headings("NỘI DUNG", "NHIỆM VỤ, GIẢI PHÁP")).isEqualTo(1.0);
        assertThat(similarity.headings("HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN", "HÌNH THỨC TUYÊN TRUYỀN"))
                .isEqualTo(0.5);
        assertThat(similarity.headings("TỔ CHỨC THỰC HIỆN", "MỤC ĐÍCH, YÊU CẦU"))
                .isZero();
    }
}
