package vn.vanban.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void open_rhymes_take_the_tone_on_the_first_vowel() {
        assertThat(VietnameseText.normalize("hoà khoẻ thuỷ Uỷ ban hoá")).isEqualTo("hòa khỏe thủy Ủy ban hóa");
        assertThat(VietnameseText.normalize("HOÀ THUỶ")).isEqualTo("HÒA THỦY");
    }

    @Test
    void closed_rhymes_and_the_qu_onset_are_left_alone() {
        assertThat(VietnameseText.normalize("hoàng thuyết quý quỳ toán khuyên"))
                .isEqualTo("hoàng thuyết quý quỳ toán khuyên");
    }

    @Test
    void decomposed_input_becomes_composed_and_canonical() {
        String nfd = Normalizer.normalize("Ủy ban nhân dân hoà", Normalizer.Form.NFD);
        assertThat(VietnameseText.normalize(nfd)).isEqualTo("Ủy ban nhân dân hòa");
    }

    @Test
    void look_alike_letters_invisibles_and_dash_variants_are_unified() {
        assertThat(VietnameseText.normalize("Ðảng\u200B ủy\u00A0xã 03\u2013CT\uFF0FTW"))
                .isEqualTo("Đảng ủy xã 03-CT/TW");
    }
}
