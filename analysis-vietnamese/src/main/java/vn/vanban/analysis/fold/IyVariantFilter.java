package vn.vanban.analysis.fold;

import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces a whitelisted i/y spelling variant by its canonical form (see {@link IyVariants}). */
public final class IyVariantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<String> variants;

    public IyVariantFilter(TokenStream input, CharArrayMap<String> variants) {
        super(input);
        this.variants = variants;
    }

    /** The lookup map the filter expects, from {@link IyVariants#parse}. */
    public static CharArrayMap<String> map(Map<String, String> variants) {
        CharArrayMap<String> map = new CharArrayMap<>(variants.size(), false);
        variants.forEach(map::put);
        return CharArrayMap.unmodifiableMap(map);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String canonical = variants.get(term.buffer(), 0, term.length());
        if (canonical != null) {
            term.setEmpty().append(canonical);
        }
        return true;
    }
}
