package vn.vanban.indexer.extract.legacy;

import java.util.Optional;

/**
 * Finds text typed in a legacy 8-bit encoding and converts it to Unicode.
 *
 * <p>The signal: Unicode Vietnamese always has letters outside Latin-1 (ă đ ơ ư and the toned
 * vowels ạ ả ấ …), legacy text read as windows-1252 has none of them but many characters that
 * Vietnamese never uses. TCVN3 puts the most frequent letters (đ ư à á ạ ă â ê ô ơ) on 0xA1–0xBE,
 * which VNI never uses; VNI writes a mark byte (ø û õ ï ù, â à å ã á ä, ê è ú ü é ë) after a vowel
 * and ñ for đ.
 */
public final class LegacyText {

    /** Below this many marker characters a text is too short to judge, and is left alone. */
    private static final int MIN_MARKERS = 5;

    /**
     * Legacy Vietnamese has 13–21 markers per 100 letters (measured on the seeds and a Gazette decree
     * encoded both ways); a German sentence dense with umlauts, © and ® scores 2.
     */
    private static final int MIN_MARKERS_PER_100_LETTERS = 8;

    private LegacyText() {}

    /** The legacy encoding {@code text} is written in, or empty for Unicode (the usual case). */
    public static Optional<LegacyEncoding> detect(String text) {
        int vietnamese = 0;
        int tcvn3 = 0;
        int vni = 0;
        int letters = 0;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnicodeVietnamese(c)) {
                vietnamese++;
            } else if (isTcvn3Marker(c)) {
                tcvn3++;
            } else if (c == 'ñ' || c == 'Ñ' || (isVniMark(c) && isVniBase(previous))) {
                vni++;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            previous = c;
        }
        // Unicode Vietnamese has a letter of its own in almost every word: a few stray markers (©, ®,
        // a French "naïve") must not turn it into mojibake.
        int markers = Math.max(tcvn3, vni);
        if (markers < MIN_MARKERS
                || markers * 100 < letters * MIN_MARKERS_PER_100_LETTERS
                || vietnamese * 10 >= markers) {
            return Optional.empty();
        }
        return Optional.of(tcvn3 >= vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI);
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
            out.append(hasUnicodeVietnamese(line) ? line : capitals(encoding.get(), line));
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * A TCVN3 line typed in capitals still carries lower-case codes for its toned letters (there are
     * none for toned capitals). When no ASCII letter of the line is lower case and at least two words
     * carry such a letter ("§¶NG Bé TØNH"), the line was set in capitals; a single word is not enough
     * ("Sè 142-KH/HU" is "Số", not "SỐ").
     */
    private static String capitals(LegacyEncoding encoding, String line) {
        String decoded = encoding.decode(line);
        if (encoding != LegacyEncoding.TCVN3) {
            return decoded;
        }
        int words = 0;
        for (String word : line.split("\\s+")) {
            boolean legacyLetter = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    return decoded;
                }
                legacyLetter |= c > '\u007F';
            }
            if (legacyLetter) {
                words++;
            }
        }
        return words >= 2 ? decoded.toUpperCase(java.util.Locale.ROOT) : decoded;
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

    /** A letter VNI writes a mark byte after: the ASCII vowels, and ô/ö (VNI's ơ/ư). */
    private static boolean isVniBase(char c) {
        return "aeiouyAEIOUYôöÔÖ".indexOf(c) >= 0;
    }

    /** VNI's mark bytes: tone marks, and circumflex or breve with a tone. */
    private static boolean isVniMark(char c) {
        return "ùøûõïâàåãáäêèúüéëÙØÛÕÏÂÀÅÃÁÄÊÈÚÜÉË".indexOf(c) >= 0;
    }
}
