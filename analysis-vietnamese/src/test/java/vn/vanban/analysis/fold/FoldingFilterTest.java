package vn.vanban.analysis.fold;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;
import org.junit.Test;
import vn.vanban.analysis.Chains;

public class FoldingFilterTest extends BaseTokenStreamTestCase {

    private static Analyzer folding(boolean preserveOriginal) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                FoldingTokenFilterFactory folding = Chains.folding(preserveOriginal);
                IyTokenFilterFactory iy = Chains.iy();
                return new TokenStreamComponents(tokenizer, iy.create(folding.create(tokenizer)));
            }

            @Override
            protected org.apache.lucene.analysis.TokenStream normalize(
                    String fieldName, org.apache.lucene.analysis.TokenStream in) {
                return Chains.folding(preserveOriginal).normalize(in);
            }
        };
    }

    @Test
    public void diacritics_and_dj_are_folded_and_case_lowered() throws IOException {
        assertAnalyzesTo(
                folding(false),
                "Chỉ thị ĐẢNG Ủy Đắk Lắk UBND",
                new String[] {"chi", "thi", "dang", "uy", "dak", "lak", "ubnd"},
                new int[] {0, 4, 8, 13, 16, 20, 24},
                new int[] {3, 7, 12, 15, 19, 23, 28});
    }

    @Test
    public void original_follows_the_folded_token_at_the_same_position() throws IOException {
        assertAnalyzesTo(
                folding(true),
                "Chỉ thị số 03",
                new String[] {"chi", "chỉ", "thi", "thị", "so", "số", "03"},
                new int[] {0, 0, 4, 4, 8, 8, 11},
                new int[] {3, 3, 7, 7, 10, 10, 13},
                new int[] {1, 0, 1, 0, 1, 0, 1});
    }

    @Test
    public void normalize_folds_prefix_and_wildcard_terms() {
        assertEquals(new BytesRef("chi th"), folding(true).normalize("f", "Chỉ th"));
        assertEquals(new BytesRef("uy ban"), folding(true).normalize("f", "Ủy ban"));
    }

    @Test
    public void whitelisted_i_y_variants_become_one_spelling_and_others_stay() throws IOException {
        assertAnalyzesTo(
                folding(true),
                "kĩ kỹ lí quí mì Mỹ",
                new String[] {"ky", "kỹ", "ky", "kỹ", "ly", "lý", "quy", "quý", "mi", "mì", "my", "mỹ"},
                new int[] {1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0});
    }

    @Test
    public void variant_list_with_a_bad_line_names_it() {
        IllegalArgumentException e =
                expectThrows(IllegalArgumentException.class, () -> new IyTokenFilterFactory(() -> List.of("kĩ -> kỹ")));
        assertTrue(e.getMessage(), e.getMessage().contains("kĩ -> kỹ"));
    }

    @Test
    public void random_text_folds_consistently() throws IOException {
        checkRandomData(random(), folding(true), 300 * RANDOM_MULTIPLIER);
    }
}
