package vn.vanban.backend.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.DocumentTypes;

/**
 * A document number as people type it: {@code 03-CT/TW}, {@code 03/CT-TW}, {@code 03 CT TW},
 * {@code ct 03}, {@code chỉ thị 03}, {@code chi thi so 03}, {@code CT03}, {@code kh 197 ubnd}. The
 * parts are the number, the year of a legal normative number ({@code 15/2020/NĐ-CP}), the type code
 * and the other codes (issuer), compared with the stored {@code numberKey} (folded, upper case) by a
 * regular expression that keeps their order but not the separators.
 *
 * @param exactKey the query as a number key ({@link DocumentNumbers#key}), for the exact spelling
 * @param onlyNumber true when the query holds nothing but the number
 */
record NumberQuery(
        String exactKey,
        String number,
        @Nullable String year,
        @Nullable String type,
        List<String> codes,
        boolean onlyNumber) {

    /** Folded type names ({@code chi thi}) to their folded codes ({@code CT}), longest first. */
    private static final Map<String, String> TYPE_NAMES = new LinkedHashMap<>();

    static {
        List<String> names = new ArrayList<>(DocumentTypes.namesLongestFirst());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            DocumentTypes.byName(name)
                    .ifPresent(t -> TYPE_NAMES.put(fold(name), fold(t.code()).toUpperCase(Locale.ROOT)));
        }
    }

    /** The number a query names, if it names one. */
    static Optional<NumberQuery> parse(String query) {
        String folded = " " + fold(VietnameseText.normalize(query)) + " ";
        for (Map.Entry<String, String> name : TYPE_NAMES.entrySet()) {
            folded = folded.replace(
                    " " + name.getKey() + " ", " " + name.getValue().toLowerCase(Locale.ROOT) + " ");
        }
        // CT03 → CT 03; "Số:" and the separators of printed numbers are not parts.
        String spaced = folded.replaceAll("(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])", " ")
                .replaceAll("[\\s\\-/.:,;–—]+", " ")
                .strip();
        String number = null;
        String year = null;
        String type = null;
        List<String> codes = new ArrayList<>();
        boolean onlyNumber = true;
        for (String token : spaced.split(" ")) {
            if (token.isEmpty() || token.equals("so")) {
                continue;
            }
            if (token.chars().allMatch(Character::isDigit)) {
                if (number == null) {
                    number = token;
                } else if (year == null && token.length() == 4 && (token.startsWith("19") || token.startsWith("20"))) {
                    year = token;
                } else {
                    onlyNumber = false;
                }
            } else if (isCode(token) && (!isSyllable(token) || type != null || !codes.isEmpty())) {
                String upper = token.toUpperCase(Locale.ROOT);
                if (type == null
                        && codes.isEmpty()
                        && DocumentTypes.byCode(upper).isPresent()) {
                    type = fold(DocumentTypes.byCode(upper).get().code()).toUpperCase(Locale.ROOT);
                } else {
                    codes.add(upper);
                }
            } else {
                onlyNumber = false;
            }
        }
        if (number == null || number.length() > 6 || (type == null && codes.isEmpty() && !onlyNumber)) {
            return Optional.empty();
        }
        return Optional.of(
                new NumberQuery(DocumentNumbers.key(query), number, year, type, List.copyOf(codes), onlyNumber));
    }

    /**
     * An abbreviation, not a word: letters and digits, short, at most one vowel ({@code ubnd},
     * {@code tw}, {@code duk}, {@code kh}); "tuyen" has three and is a word.
     */
    private static boolean isCode(String token) {
        if (token.length() > 6 || !token.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            return false;
        }
        long vowels = token.chars().filter(c -> "aeiouy".indexOf(c) >= 0).count();
        return vowels <= 1;
    }

    /** A Vietnamese syllable written without accents: an abbreviation only next to other codes. */
    private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(ch|ng|nh|[cmnpt])?");

    /**
     * Whether a token reads as a word ({@code nam} in "năm 2022") rather than only as an issuer code
     * ({@code tu} for Tỉnh ủy is both, and counts as a code after a type: "kh 197 tu").
     */
    private static boolean isSyllable(String token) {
        return SYLLABLE.matcher(token).matches();
    }

    /**
     * A Lucene regular expression over {@code numberKey}: the number (leading zeros free), the year
     * when given, then each code as a whole segment, in order, other segments allowed between them.
     *
     * @param withCodes false for the looser form (number, year and type only)
     * @param prefix true when the last code may be unfinished (suggestions as the user types)
     */
    String regexp(boolean withCodes, boolean prefix) {
        StringBuilder r = new StringBuilder("0*").append(number.replaceFirst("^0+(?=.)", ""));
        if (year != null) {
            r.append("(-|/)").append(year);
        }
        List<String> parts = new ArrayList<>();
        if (type != null) {
            parts.add(type);
        }
        if (withCodes) {
            parts.addAll(codes);
        }
        for (int k = 0; k < parts.size(); k++) {
            r.append("(-|/)(.*(-|/))?").append(parts.get(k));
            if (prefix && k == parts.size() - 1) {
                r.append("[A-Z0-9]*");
            }
        }
        r.append(prefix && parts.isEmpty() ? ".*" : "((-|/).*)?");
        return r.toString();
    }

    boolean hasCodes() {
        return !codes.isEmpty();
    }

    private static String fold(String s) {
        return VietnameseText.fold(s).toLowerCase(Locale.ROOT).replace('đ', 'd');
    }
}
