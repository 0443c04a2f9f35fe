package vn.vanban.analysis.abbrev;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.Test;
import vn.vanban.analysis.Chains;

public class AbbreviationFilterTest extends BaseTokenStreamTestCase {

    private final Analyzer search = Chains.search();

    @Test
    public void abbreviation_expands_into_its_words_as_a_graph() throws IOException {
        assertAnalyzesTo(
                search,
                "UBND Cẩm Phả",
                new String[] {"uy", "ubnd", "ban", "nhan", "dan", "cam", "pha"},
                new int[] {0, 0, 0, 0, 0, 5, 9},
                new int[] {4, 4, 4, 4, 4, 8, 12},
                new String[] {"SYNONYM", "<SYLLABLE>", "SYNONYM", "SYNONYM", "SYNONYM", "<SYLLABLE>", "<SYLLABLE>"},
                new int[] {1, 0, 1, 1, 1, 1, 1},
                new int[] {1, 4, 1, 1, 1, 1, 1});
    }

    @Test
    public void words_written_in_full_also_find_the_abbreviation() throws IOException {
        assertAnalyzesToPositions(
                search,
                "ủy ban nhân dân",
                new String[] {"ubnd", "uy", "ban", "nhan", "dan"},
                new int[] {1, 0, 1, 1, 1},
                new int[] {4, 1, 1, 1, 1});
    }

    @Test
    public void the_component_is_search_time_only() {
        assertEquals(AnalysisMode.SEARCH_TIME, Chains.abbrev().getAnalysisMode());
    }

    @Test
    public void a_line_without_expansion_is_refused_with_its_text() {
        IllegalArgumentException e =
                expectThrows(IllegalArgumentException.class, () -> Abbreviations.synonymMap(List.of("UBND")));
        assertTrue(e.getMessage(), e.getMessage().contains("[UBND]"));
    }

    @Test
    public void random_text_expands_consistently() throws IOException {
        checkRandomData(random(), search, 300 * RANDOM_MULTIPLIER);
    }
}
