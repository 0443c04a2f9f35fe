package vn.vanban.analysis.fold;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Replaces a whitelisted i/y spelling variant by its canonical form, in lower case (see {@link
 * IyVariants}). Matching ignores case, so the filter can run before {@code vi_folding} and look at
 * each syllable once rather than at its folded and original forms.
 */
public final class IyVariantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Lookup variants;

    public IyVariantFilter(TokenStream input, Lookup variants) {
        super(input);
        this.variants = variants;
    }

    /**
     * Variant → canonical over term buffers. The list is a handful of short syllables: keys are
     * bucketed by their first letter, so nearly every term is rejected by one array read.
     */
    public static final class Lookup {

        private final char[][][] byFirst = new char[128][][];
        private final String[][] canonicalsByFirst = new String[128][];
        private final Map<String, String> others;
        private final int maxLength;

        private Lookup(Map<String, String> variants) {
            Map<String, String> nonAscii = new HashMap<>();
            for (Map.Entry<String, String> e : variants.entrySet()) {
                char first = e.getKey().charAt(0);
                if (first >= 128) {
                    nonAscii.put(e.getKey(), e.getValue());
                    continue;
                }
                char[][] keys = byFirst[first] == null ? new char[0][] : byFirst[first];
                String[] values = canonicalsByFirst[first] == null ? new String[0] : canonicalsByFirst[first];
                keys = Arrays.copyOf(keys, keys.length + 1);
                values = Arrays.copyOf(values, values.length + 1);
                keys[keys.length - 1] = e.getKey().toCharArray();
                values[values.length - 1] = e.getValue();
                byFirst[first] = keys;
                canonicalsByFirst[first] = values;
            }
            this.others = Map.copyOf(nonAscii);
            this.maxLength =
                    variants.keySet().stream().mapToInt(String::length).max().orElse(0);
        }

        /** The lookup for {@link IyVariants#parse}'s map. */
        public static Lookup of(Map<String, String> variants) {
            return new Lookup(variants);
        }

        @Nullable
        String get(char[] buffer, int length) {
            if (length == 0 || length > maxLength) {
                return null;
            }
            char first = VietnameseText.lower(buffer[0]);
            if (first >= 128) {
                return others.isEmpty() ? null : others.get(new String(buffer, 0, length).toLowerCase(Locale.ROOT));
            }
            char[][] keys = byFirst[first];
            if (keys == null) {
                return null;
            }
            for (int k = 0; k < keys.length; k++) {
                if (keys[k].length == length && same(keys[k], buffer, length)) {
                    return canonicalsByFirst[first][k];
                }
            }
            return null;
        }

        private static boolean same(char[] key, char[] buffer, int length) {
            for (int i = 1; i < length; i++) {
                if (key[i] != VietnameseText.lower(buffer[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String canonical = variants.get(term.buffer(), term.length());
        if (canonical != null) {
            term.setEmpty().append(canonical);
        }
        return true;
    }
}
