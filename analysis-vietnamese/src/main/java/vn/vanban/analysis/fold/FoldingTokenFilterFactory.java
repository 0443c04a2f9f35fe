package vn.vanban.analysis.fold;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * {@code vi_folding}: see {@link VietnameseFoldingFilter}. {@link #normalize} folds without keeping
 * the original, so prefix and wildcard queries ({@code chỉ th*}) fold like the indexed text.
 */
@NamedComponent(FoldingTokenFilterFactory.NAME)
public final class FoldingTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "vi_folding";

    /** Settings of {@code vi_folding}. */
    @AnalysisSettings
    public interface Settings {
        /** Keep the lower-cased token with diacritics beside the folded one. */
        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final boolean preserveOriginal;

    @Inject
    public FoldingTokenFilterFactory(Settings settings) {
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new VietnameseFoldingFilter(tokenStream, preserveOriginal);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new VietnameseFoldingFilter(tokenStream, false);
    }
}
