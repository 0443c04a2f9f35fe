package vn.vanban.analysis.normalize;

import java.io.Reader;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/**
 * {@code vi_normalize}: NFC, canonical oa/oe/uy tone placement, Ð → Đ, invisibles removed, dash and
 * slash variants unified. Also used for multi-term queries ({@link #normalize}), where a prefix
 * typed in NFD or with the old tone placement must still match.
 */
@NamedComponent(NormalizeCharFilterFactory.NAME)
public final class NormalizeCharFilterFactory implements CharFilterFactory {

    public static final String NAME = "vi_normalize";

    public NormalizeCharFilterFactory() {}

    @Override
    public Reader create(Reader reader) {
        return new VietnameseNormalizeCharFilter(reader);
    }

    @Override
    public Reader normalize(Reader reader) {
        return new VietnameseNormalizeCharFilter(reader);
    }
}
