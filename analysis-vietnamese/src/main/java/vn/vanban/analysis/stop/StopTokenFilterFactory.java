package vn.vanban.analysis.stop;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import vn.vanban.analysis.text.VietnameseText;

/**
 * {@code vi_stop}: removes the words listed in {@code stopwords}; none by default, because the
 * small words of a directive carry its meaning ("không được", "chưa", "phải"). Each word is
 * normalised and matched both as written (lower case) and folded, so the filter can sit before or
 * after {@code vi_folding}.
 */
@NamedComponent(StopTokenFilterFactory.NAME)
public final class StopTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "vi_stop";

    /** Settings of {@code vi_stop}. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "stopwords")
        List<String> stopwords();
    }

    private final CharArraySet stopwords;

    @Inject
    public StopTokenFilterFactory(Settings settings) {
        CharArraySet words = new CharArraySet(settings.stopwords().size() * 2, true);
        for (String word : settings.stopwords()) {
            String normalized = VietnameseText.normalize(word.strip());
            words.add(normalized);
            words.add(VietnameseText.fold(normalized));
        }
        this.stopwords = CharArraySet.unmodifiableSet(words);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stopwords.isEmpty() ? tokenStream : new StopFilter(tokenStream, stopwords);
    }
}
