package vn.vanban.indexer.extract.legacy;

import java.util.Optional;

/**
 * Finds text typed in a legacy 8-bit encoding and converts it to Unicode.
 *
 * <p>The signal: Unicode Vietnamese always has letters outside Latin-1 (ă đ ơ ư and the toned
 * vowels ạ ả ấ …), legacy text read as windows-1252 has none of them but many characters that
 * Vietnamese never uses. TCVN3 puts the most frequent letters (đ ư à á ạ ă â ê ô ơ) on 0xA1–0xBE,
 * which VNI never uses; VNI's mark bytes (ø û ï å ä ë ü, ñ for đ, ö for ư) follow an ASCII vowel.
 */
public final class LegacyText {

    /** Below this many marker characters a text is too short to judge, and is left alone. */
    private static final int MIN_MARKERS = 3;

    private LegacyText() {}

    /** The legacy encoding {@code text} is written in, or empty for Unicode (the usual case). */
    public static Optional<LegacyEncoding> detect(String text) {
        int vietnamese = 0;
        int tcvn3 = 0;
        int vni = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnicodeVietnamese(c)) {
                vietnamese++;
            } else if (isTcvn3Marker(c)) {
                tcvn3++;
            } else if (isVniMarker(c)) {
                vni++;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        int markers = tcvn3 + vni;
        // Unicode Vietnamese text has a letter of its own in almost every word: a few stray markers
        // (©, ®, a German ü) must not turn it into mojibake.
        if (markers < MIN_MARKERS || markers * 100 < letters || vietnamese * 10 >= markers) {
            return Optional.empty();
        }
        // VNI never uses 0xA1–0xBE; TCVN3 uses it for its most frequent letters.
        return Optional.of(tcvn3 * 10 >= vni && tcvn3 >= 2 ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI);
    }

    /**
     * {@code text} in Unicode: unchanged unless it is legacy text, and then converted line by line,
     * leaving alone lines that already hold Unicode Vietnamese (a document can mix fonts).
     */
    public static String toUnicode(String text) {
        Optional<LegacyEncoding> encoding = detect(text);
        if (encoding.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            out.append(hasUnicodeVietnamese(line) ? line : encoding.get().decode(line));
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static boolean hasUnicodeVietnamese(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isUnicodeVietnamese(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Letters only Vietnamese uses: Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư and the Latin Extended Additional vowels. */
    static boolean isUnicodeVietnamese(char c) {
        return switch (c) {
            case '\u0102',
                    '\u0103',
                    '\u0110',
                    '\u0111',
                    '\u0128',
                    '\u0129',
                    '\u0168',
                    '\u0169',
                    '\u01A0',
                    '\u01A1',
                    '\u01AF',
                    '\u01B0' -> true;
            default -> c >= '\u1EA0' && c <= '\u1EF9';
        };
    }

    /** TCVN3's codes in 0xA1–0xBE (¡ … ® µ … ¾), which no Vietnamese word contains. */
    private static boolean isTcvn3Marker(char c) {
        return (c >= '\u00A1' && c <= '\u00AE') || (c >= '\u00B5' && c <= '\u00B9') || (c >= '\u00BB' && c <= '\u00BE');
    }

    /** Latin-1 letters that VNI uses and Vietnamese never writes (TCVN3 uses several of them too). */
    private static boolean isVniMarker(char c) {
        return switch (c) {
            case 'ø',
                    'û',
                    'ï',
                    'å',
                    'ä',
                    'ë',
                    'ü',
                    'ñ',
                    'ö',
                    'æ',
                    'î',
                    'Ø',
                    'Û',
                    'Ï',
                    'Å',
                    'Ä',
                    'Ë',
                    'Ü',
                    'Ñ',
                    'Ö',
                    'Æ',
                    'Î' -> true;
            default -> false;
        };
    }
}
