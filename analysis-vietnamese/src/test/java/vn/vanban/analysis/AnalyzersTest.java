package vn.vanban.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** The chains of analysis.json, end to end. */
public class AnalyzersTest extends BaseTokenStreamTestCase {

    @Test
    public void index_analyzer_folds_keeps_originals_and_parts() throws IOException {
        assertAnalyzesTo(
                Chains.index(),
                "Uỷ ban số 03-CT/TW",
                new String[] {"uy", "ủy", "ban", "so", "số", "03-ct/tw", "03", "ct", "tw"},
                new int[] {0, 0, 3, 7, 7, 10, 10, 10, 10},
                new int[] {2, 2, 6, 9, 9, 18, 18, 18, 18},
                new int[] {1, 0, 1, 1, 0, 1, 0, 0, 0});
    }

    @Test
    public void nfd_old_placement_and_new_placement_index_the_same_terms() throws IOException {
        String nfdOld = Normalizer.normalize("hoà thuỷ khoẻ", Normalizer.Form.NFD);
        assertAnalyzesTo(Chains.index(), nfdOld, new String[] {"hoa", "hòa", "thuy", "thủy", "khoe", "khỏe"});
        assertAnalyzesTo(Chains.index(), "hòa thủy khỏe", new String[] {"hoa", "hòa", "thuy", "thủy", "khoe", "khỏe"});
    }

    @Test
    public void exact_analyzer_keeps_diacritics() throws IOException {
        assertAnalyzesTo(Chains.exact(), "Chỉ thị kĩ thuật", new String[] {"chỉ", "thị", "kỹ", "thuật"});
    }

    @Test
    public void random_text_through_every_chain() throws IOException {
        checkRandomData(random(), Chains.index(), 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), Chains.exact(), 200 * RANDOM_MULTIPLIER);
    }
}
