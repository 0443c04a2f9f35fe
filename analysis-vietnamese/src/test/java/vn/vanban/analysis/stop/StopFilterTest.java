package vn.vanban.analysis.stop;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;
import vn.vanban.analysis.Chains;

public class StopFilterTest extends BaseTokenStreamTestCase {

    private static Analyzer stop(List<String> words) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, Chains.stop(words).create(tokenizer));
            }
        };
    }

    @Test
    public void no_word_is_removed_by_default() throws IOException {
        assertAnalyzesTo(stop(List.of()), "không được chậm trễ", new String[] {"không", "được", "chậm", "trễ"});
    }

    @Test
    public void listed_words_are_removed_written_or_folded_and_positions_keep_the_gap() throws IOException {
        assertAnalyzesTo(
                stop(List.of("của", "thì")),
                "Ban Bí thư của Đảng cua thi",
                new String[] {"Ban", "Bí", "thư", "Đảng"},
                new int[] {1, 1, 1, 2});
    }
}
