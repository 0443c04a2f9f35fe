package vn.vanban.analysis.normalize;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** {@code vi_normalize} behind a whitespace tokenizer, so every offset can be checked by hand. */
public class NormalizeCharFilterTest extends BaseTokenStreamTestCase {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new WhitespaceTokenizer();
            return new TokenStreamComponents(tokenizer);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new NormalizeCharFilterFactory().create(reader);
        }
    };

    @Test
    public void nfd_input_is_composed_and_offsets_point_into_the_decomposed_text() throws IOException {
        String nfd = Normalizer.normalize("Ủy ban nhân dân", Normalizer.Form.NFD);
        // Ủ = U + hook above, â = a + circumflex: two chars each in NFD
        assertAnalyzesTo(analyzer, nfd, new String[] {"Ủy", "ban", "nhân", "dân"}, new int[] {0, 4, 8, 14}, new int[] {
            3, 7, 13, 18
        });
    }

    @Test
    public void old_tone_placement_becomes_canonical_without_moving_offsets() throws IOException {
        assertAnalyzesTo(
                analyzer,
                "hoà khoẻ thuỷ uỷ hoàng quý",
                new String[] {"hòa", "khỏe", "thủy", "ủy", "hoàng", "quý"},
                new int[] {0, 4, 9, 14, 17, 23},
                new int[] {3, 8, 13, 16, 22, 26});
    }

    @Test
    public void invisibles_are_removed_and_later_offsets_stay_right() throws IOException {
        assertAnalyzesTo(
                analyzer,
                "Ðảng\u200B\u00AD ủy\u00A0xã 03\u2013CT\uFF0FTW",
                new String[] {"Đảng", "ủy", "xã", "03-CT/TW"},
                new int[] {0, 7, 10, 13},
                new int[] {6, 9, 12, 21});
    }

    @Test
    public void mixed_nfd_and_old_placement_in_one_text() throws IOException {
        String text = "Thuỷ " + Normalizer.normalize("hoà", Normalizer.Form.NFD) + " bình";
        assertAnalyzesTo(
                analyzer, text, new String[] {"Thủy", "hòa", "bình"}, new int[] {0, 5, 10}, new int[] {4, 9, 14});
    }

    @Test
    public void normalize_for_multi_term_queries_applies_the_same_rules() throws IOException {
        try (CharFilter filter = (CharFilter) new NormalizeCharFilterFactory().normalize(new StringReader("thuỷ*"))) {
            char[] buffer = new char[16];
            int read = filter.read(buffer, 0, buffer.length);
            assertEquals("thủy*", new String(buffer, 0, read));
        }
    }

    @Test
    public void random_text_keeps_offsets_consistent() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }
}
