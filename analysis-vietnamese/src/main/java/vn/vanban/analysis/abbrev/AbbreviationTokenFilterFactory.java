package vn.vanban.analysis.abbrev;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * {@code vi_abbrev}: expands abbreviations into their words and words into their abbreviations as a
 * synonym graph ({@code ubnd cam pha} also finds "Ủy ban nhân dân thành phố Cẩm Phả"). A graph is
 * only correct at search time (an index flattens it and loses positions), so the component declares
 * {@link AnalysisMode#SEARCH_TIME} and Elasticsearch refuses it in an index analyzer. Expects the
 * folded tokens of {@code vi_folding} (and {@code vi_iy}) before it.
 */
@NamedComponent(AbbreviationTokenFilterFactory.NAME)
public final class AbbreviationTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "vi_abbrev";

    /** Settings of {@code vi_abbrev}. */
    @AnalysisSettings
    public interface Settings {
        /** Lines {@code ABBR, expansion[, expansion]} added to (or replacing) the defaults. */
        @ListSetting(path = "abbreviations")
        List<String> abbreviations();

        /** Whether {@link Abbreviations#DEFAULTS} apply. */
        @BooleanSetting(path = "use_defaults", defaultValue = true)
        boolean useDefaults();
    }

    private final SynonymMap map;

    @Inject
    public AbbreviationTokenFilterFactory(Settings settings) {
        List<String> lines = new ArrayList<>();
        if (settings.useDefaults()) {
            lines.addAll(Abbreviations.DEFAULTS);
        }
        lines.addAll(settings.abbreviations());
        this.map = Abbreviations.synonymMap(lines);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return map.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, map, false);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
