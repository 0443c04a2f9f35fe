package vn.vanban.analysis.tokenize;

import org.apache.lucene.analysis.Tokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** {@code vi_tokenizer}: see {@link VietnameseTokenizer}. */
@NamedComponent(VietnameseTokenizerFactory.NAME)
public final class VietnameseTokenizerFactory implements TokenizerFactory {

    public static final String NAME = "vi_tokenizer";

    /** Settings of {@code vi_tokenizer}. */
    @AnalysisSettings
    public interface Settings {
        /** Also emit the parts of a document number, date or number at its position (index side). */
        @BooleanSetting(path = "emit_parts", defaultValue = false)
        boolean emitParts();
    }

    private final boolean emitParts;

    @Inject
    public VietnameseTokenizerFactory(Settings settings) {
        this.emitParts = settings.emitParts();
    }

    @Override
    public Tokenizer create() {
        return new VietnameseTokenizer(emitParts);
    }
}
