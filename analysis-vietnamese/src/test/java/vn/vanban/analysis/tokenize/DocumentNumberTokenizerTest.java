package vn.vanban.analysis.tokenize;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;
import vn.vanban.analysis.Chains;

public class DocumentNumberTokenizerTest extends BaseTokenStreamTestCase {

    private final Analyzer docnum = Chains.docnum();

    @Test
    public void spellings_of_one_number_compare_equal() throws IOException {
        for (String spelling :
                new String[] {"03-CT/TW", "03-ct/tw", "03 – CT/TW", " 03-CT/TW ", "03 - CT/TW", "Số 03-CT/TW"}) {
            assertAnalyzesTo(docnum, spelling, new String[] {"03-ct/tw"});
        }
    }

    @Test
    public void state_number_with_prefix_and_d_for_dj_compare_equal() throws IOException {
        assertAnalyzesTo(docnum, "Số: 197 /KH-UBND", new String[] {"197/kh-ubnd"}, new int[] {4}, new int[] {16});
        assertAnalyzesTo(docnum, "15/2020/NĐ-CP.", new String[] {"15/2020/nd-cp"});
        assertAnalyzesTo(docnum, "15/2020/ND-CP", new String[] {"15/2020/nd-cp"});
    }

    @Test
    public void blank_value_gives_no_token() throws IOException {
        assertAnalyzesTo(docnum, "   ", new String[] {});
    }

    @Test
    public void random_values_stay_one_token() throws IOException {
        checkRandomData(random(), docnum, 200 * RANDOM_MULTIPLIER);
    }
}
