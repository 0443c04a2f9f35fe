package vn.vanban.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumberTextTest {

    @Test
    void typed_and_scanned_spellings_have_one_compact_form_with_the_span_they_came_from() {
        assertThat(DocumentNumberText.compact(" Số: 197 /KH-UBND. "))
                .isEqualTo(new DocumentNumberText.Compact("197/KH-UBND", 5, 17));
        assertThat(DocumentNumberText.compact("So hieu: 03 - CT/TW").text()).isEqualTo("03-CT/TW");
        assertThat(DocumentNumberText.compact("15/2020/NĐ-CP,").text()).isEqualTo("15/2020/NĐ-CP");
        assertThat(DocumentNumberText.compact("12  /KH-MTTQ  BTT").text()).isEqualTo("12/KH-MTTQ BTT");
    }

    @Test
    void a_prefix_without_a_number_after_it_is_not_a_prefix() {
        assertThat(DocumentNumberText.compact("Sổ tay").text()).isEqualTo("Sổ tay");
        assertThat(DocumentNumberText.compact("Số:").text()).isEqualTo("Số");
        assertThat(DocumentNumberText.compact("  ").isEmpty()).isTrue();
    }
}
