package vn.vanban.analysis.fold;

import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * {@code vi_iy}: see {@link IyVariantFilter}. Put it after {@code vi_folding} (or a lower-casing
 * filter): it matches lower-case tokens, with or without diacritics.
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

    private final CharArrayMap<String> variants;

    @Inject
    public IyTokenFilterFactory(Settings settings) {
        List<String> lines = settings.variants().isEmpty() ? IyVariants.DEFAULTS : settings.variants();
        this.variants = IyVariantFilter.map(IyVariants.parse(lines));
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
