package vn.vanban.indexer.index;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Whether an OCR'd scan and another copy are one document although their keys differ: OCR misreads a
 * header word ("TỈNH ỦY QUẢNG NINH" read "TỈNH ỦY LÝ"), so the issuer part of the key is new, while
 * number, type, date and the body are the same. The body decides: most word pairs of one text are in
 * the other (OCR noise changes a few words, another document of the same number changes most).
 */
final class ScanTwins {

    /** Share of the smaller text's word pairs found in the other; OCR'd pages keep well above it. */
    static final double MIN_SIMILARITY = 0.6;

    private ScanTwins() {}

    static boolean similar(String a, String b) {
        return similarity(a, b) >= MIN_SIMILARITY;
    }

    /** Overlap coefficient of the word bigrams of the two normalised, case-folded texts. */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }

    private static Set<String> bigrams(String text) {
        String[] words = VietnameseText.normalize(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        String previous = null;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (previous != null) {
                out.add(previous + " " + w);
            }
            previous = w;
        }
        return out;
    }
}
