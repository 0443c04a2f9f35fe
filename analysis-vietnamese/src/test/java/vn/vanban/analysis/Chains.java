package vn.vanban.analysis;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import vn.vanban.analysis.abbrev.AbbreviationTokenFilterFactory;
import vn.vanban.analysis.fold.FoldingTokenFilterFactory;
import vn.vanban.analysis.fold.IyTokenFilterFactory;
import vn.vanban.analysis.normalize.NormalizeCharFilterFactory;
import vn.vanban.analysis.stop.StopTokenFilterFactory;
import vn.vanban.analysis.tokenize.DocumentNumberTokenizerFactory;
import vn.vanban.analysis.tokenize.VietnameseTokenizerFactory;

/**
 * The analyzers of {@code indexer/.../analysis.json}, built from our factories the way
 * Elasticsearch builds a custom analyzer (char filters, tokenizer, filters; multi-term
 * normalisation through each component's {@code normalize}). The node's {@code _analyze} output is
 * compared with these in {@code VietnameseAnalysisIT}.
 */
public final class Chains {

    private Chains() {}

    public static final NormalizeCharFilterFactory NORMALIZE = new NormalizeCharFilterFactory();

    public static VietnameseTokenizerFactory tokenizer(boolean emitParts) {
        return new VietnameseTokenizerFactory(() -> emitParts);
    }

    public static FoldingTokenFilterFactory folding(boolean preserveOriginal) {
        return new FoldingTokenFilterFactory(() -> preserveOriginal);
    }

    public static IyTokenFilterFactory iy() {
        return new IyTokenFilterFactory(List::of);
    }

    public static StopTokenFilterFactory stop(List<String> words) {
        return new StopTokenFilterFactory(() -> words);
    }

    public static AbbreviationTokenFilterFactory abbrev() {
        return new AbbreviationTokenFilterFactory(new AbbreviationTokenFilterFactory.Settings() {
            @Override
            public List<String> abbreviations() {
                return List.of();
            }

            @Override
            public boolean useDefaults() {
                return true;
            }
        });
    }

    /** {@code vietnamese}: the index analyzer. */
    public static Analyzer index() {
        VietnameseTokenizerFactory tokenizer = tokenizer(true);
        FoldingTokenFilterFactory folding = folding(true);
        IyTokenFilterFactory iy = iy();
        return analyzer(
                tokenizer::create, ts -> iy.create(folding.create(ts)), ts -> iy.normalize(folding.normalize(ts)));
    }

    /** {@code vietnamese_search}: folded, i/y canonical, abbreviations expanded. */
    public static Analyzer search() {
        VietnameseTokenizerFactory tokenizer = tokenizer(false);
        FoldingTokenFilterFactory folding = folding(false);
        IyTokenFilterFactory iy = iy();
        AbbreviationTokenFilterFactory abbrev = abbrev();
        return analyzer(
                tokenizer::create,
                ts -> abbrev.create(iy.create(folding.create(ts))),
                ts -> iy.normalize(folding.normalize(ts)));
    }

    /** {@code vietnamese_exact}: diacritics kept, lower case (Elasticsearch's built-in {@code lowercase}), i/y canonical. */
    public static Analyzer exact() {
        VietnameseTokenizerFactory tokenizer = tokenizer(false);
        IyTokenFilterFactory iy = iy();
        return analyzer(
                tokenizer::create,
                ts -> iy.create(new LowerCaseFilter(ts)),
                ts -> iy.normalize(new LowerCaseFilter(ts)));
    }

    /** {@code vietnamese_docnum} (analyzer form): one comparable token per value. */
    public static Analyzer docnum() {
        DocumentNumberTokenizerFactory tokenizer = new DocumentNumberTokenizerFactory();
        FoldingTokenFilterFactory folding = folding(false);
        return analyzer(tokenizer::create, folding::create, folding::normalize);
    }

    interface Filters {
        TokenStream apply(TokenStream in);
    }

    interface Tokenizers {
        Tokenizer create();
    }

    static Analyzer analyzer(Tokenizers tokenizer, Filters filters, Filters normalizers) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.create();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalizers.apply(in);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return NORMALIZE.create(reader);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return NORMALIZE.normalize(reader);
            }
        };
    }
}
