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

    @Test
    void folding_removes_every_diacritic_and_dj_and_lowers_case() {
        assertThat(VietnameseText.fold("ĐẢNG Ủy Khối ƯU TIÊN dùng hàng Việt"))
                .isEqualTo("dang uy khoi uu tien dung hang viet");
        assertThat(VietnameseText.fold(Normalizer.normalize("hòa", Normalizer.Form.NFD)))
                .isEqualTo("hoa");
    }

    @Test
    void characters_nfc_changes_on_their_own_are_composed_too() {
        // U+212B ANGSTROM SIGN and U+2126 OHM SIGN are NFC singletons.
        assertThat(VietnameseText.normalize("\u212B \u2126")).isEqualTo("\u00C5 \u03A9");
    }

    @Test
    void canonical_text_is_returned_without_copying() {
        char[] text = "Chỉ thị số 03-CT/TW về Cuộc vận động".toCharArray();
        assertThat(VietnameseText.normalize(text, text.length, (off, diff) -> {})
                        .chars())
                .isSameAs(text);
    }
}
