package vn.vanban.analysis.fold;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * {@code vi_iy}: see {@link IyVariantFilter}. It matches any case, with or without diacritics, so it
 * can run before {@code vi_folding} (index side: one look-up per syllable) or after it.
 */
@NamedComponent(IyTokenFilterFactory.NAME)
public final class IyTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "vi_iy";

    /** Settings of {@code vi_iy}. */
    @AnalysisSettings
    public interface Settings {
        /** {@code variant => canonical} lines replacing {@link IyVariants#DEFAULTS}. */
        @ListSetting(path = "variants")
        List<String> variants();
    }

    private final IyVariantFilter.Lookup variants;

    @Inject
    public IyTokenFilterFactory(Settings settings) {
        List<String> lines = settings.variants().isEmpty() ? IyVariants.DEFAULTS : settings.variants();
        this.variants = IyVariantFilter.Lookup.of(IyVariants.parse(lines));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new IyVariantFilter(tokenStream, variants);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
