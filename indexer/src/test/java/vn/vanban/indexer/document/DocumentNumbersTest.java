package vn.vanban.indexer.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void printed_variants_normalise_to_one_form() {
        assertThat(DocumentNumbers.normalize("Số: 197 /KH-UBND")).isEqualTo("197/KH-UBND");
        assertThat(DocumentNumbers.normalize("Số 35-KH/ĐUK")).isEqualTo("35-KH/ĐUK");
        assertThat(DocumentNumbers.normalize(" 03 \u2013 CT/TW ")).isEqualTo("03-CT/TW");
        assertThat(DocumentNumbers.normalize("15/2020/NĐ-CP,")).isEqualTo("15/2020/NĐ-CP");
    }

    @Test
    void keys_ignore_case_and_d_for_đ() {
        assertThat(DocumentNumbers.key("03-ct/tw")).isEqualTo(DocumentNumbers.key("03 - CT/TW"));
        assertThat(DocumentNumbers.key("15/2020/ND-CP")).isEqualTo(DocumentNumbers.key("15/2020/NĐ-CP"));
        assertThat(DocumentNumbers.key("35-KH/ĐUK")).isEqualTo("35-KH/DUK");
    }
}
