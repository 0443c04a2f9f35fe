package vn.vanban.analysis.fold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Syllables written with either {@code i} or {@code y} after a consonant, mapped to one spelling.
 * A whitelist, not a rule: {@code mì} (noodles) and {@code Mỹ} (America) are different words, so
 * only pairs that are the same word are listed. The canonical side is the spelling the State's
 * documents use ({@code kỹ thuật}, {@code lý do}, {@code quý}, {@code kỳ họp}, {@code Mỹ}, {@code
 * sĩ quan}).
 */
public final class IyVariants {

    /** Variant → canonical, with diacritics; the folded pairs are derived from these. */
    public static final List<String> DEFAULTS = List.of(
            "kĩ => kỹ",
            "kì => kỳ",
            "kí => ký",
            "kỉ => kỷ",
            "kị => kỵ",
            "lí => lý",
            "quí => quý",
            "quì => quỳ",
            "quĩ => quỹ",
            "quị => quỵ",
            "mĩ => mỹ",
            "sỹ => sĩ",
            // Folded: only where every syllable folding to it is an i/y variant (not "mi": mì ≠ Mỹ).
            "ki => ky",
            "li => ly",
            "qui => quy",
            "sy => si");

    private IyVariants() {}

    /**
     * Parses {@code variant => canonical} lines into a map over single syllables, lower-cased.
     *
     * @throws IllegalArgumentException naming the line when it has no {@code =>}
     */
    public static Map<String, String> parse(List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines) {
            String[] sides = line.split("=>");
            if (sides.length != 2) {
                throw new IllegalArgumentException(
                        "vi_iy: variant [" + line + "] must be written 'variant => canonical'");
            }
            String variant = VietnameseText.normalize(sides[0].strip()).toLowerCase(Locale.ROOT);
            String canonical = VietnameseText.normalize(sides[1].strip()).toLowerCase(Locale.ROOT);
            if (variant.isEmpty() || canonical.isEmpty() || variant.contains(" ") || canonical.contains(" ")) {
                throw new IllegalArgumentException(
                        "vi_iy: variant [" + line + "] must map one syllable to one syllable");
            }
            map.put(variant, canonical);
        }
        return map;
    }
}
