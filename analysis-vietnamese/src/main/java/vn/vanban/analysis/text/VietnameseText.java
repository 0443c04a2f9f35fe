package vn.vanban.analysis.text;

import java.text.Normalizer;

/**
 * Normalises Vietnamese text so that spellings a reader takes for the same word compare equal.
 *
 * <ul>
 *   <li>NFC: Word and PDF text mixes decomposed (NFD) and composed diacritics.
 *   <li>Canonical tone placement for the open rhymes oa, oe, uy: the mark goes on the first vowel
 *       ({@code hoà → hòa}, {@code khoẻ → khỏe}, {@code thuỷ → thủy}, {@code uỷ → ủy}), the
 *       placement of Decree 30/2020/NĐ-CP's examples and of both seed plans. A closed rhyme
 *       ({@code hoàng}, {@code thuyết}) and the {@code qu} onset ({@code quý}) are left alone.
 *   <li>{@code Ð/ð} (Icelandic eth, typed for Đ by some keyboards) → {@code Đ/đ}.
 *   <li>Zero-width characters and soft hyphens removed; no-break spaces → space.
 *   <li>Dash and slash variants (en/em dash, minus, full-width forms) → {@code -} and {@code /}, so
 *       document numbers typed with them compare equal.
 * </ul>
 */
public final class VietnameseText {

    private VietnameseText() {}

    /** Every rule of the class. */
    public static String normalize(String text) {
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            char mapped = mapChar(c);
            if (mapped != REMOVE) {
                out.append(mapped);
            }
        }
        canonicalTones(out);
        return out.toString();
    }

    /** Marker for characters that are dropped. */
    public static final char REMOVE = '\uFFFF';

    /**
     * The one-character rules (look-alikes, invisibles, spaces, dashes, slashes): the character to
     * write instead of {@code c}, {@link #REMOVE} to drop it, or {@code c} itself.
     */
    public static char mapChar(char c) {
        return switch (c) {
            case '\u00D0' -> '\u0110'; // Ð → Đ
            case '\u00F0' -> '\u0111'; // ð → đ
            case '\u0189' -> '\u0110'; // Ɖ (African D) → Đ
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> REMOVE;
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000' -> ' ';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' ->
                '-';
            case '\u2044', '\u2215', '\uFF0F' -> '/';
            default -> c;
        };
    }

    /**
     * Moves the tone mark of open oa/oe/uy rhymes onto the first vowel, in place. The buffer must be
     * NFC; its length does not change, so offsets stay valid.
     */
    public static void canonicalTones(StringBuilder s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char first = s.charAt(i);
            char lower = Character.toLowerCase(first);
            if (lower != 'o' && lower != 'u') {
                continue;
            }
            char second = s.charAt(i + 1);
            char secondBase = Character.toLowerCase(base(second));
            boolean rhyme =
                    (lower == 'o' && (secondBase == 'a' || secondBase == 'e')) || (lower == 'u' && secondBase == 'y');
            if (!rhyme || second == base(second)) {
                continue; // not oa/oe/uy, or the second vowel has no tone mark
            }
            boolean open = i + 2 >= s.length() || !Character.isLetter(s.charAt(i + 2));
            boolean startsSyllable = i == 0 || !Character.isLetter(s.charAt(i - 1)) || !isVowel(s.charAt(i - 1));
            boolean quOnset = lower == 'u' && i > 0 && Character.toLowerCase(s.charAt(i - 1)) == 'q';
            if (!open || !startsSyllable || quOnset) {
                continue;
            }
            char tone = toneOf(second);
            s.setCharAt(i, compose(first, tone));
            s.setCharAt(i + 1, base(second));
        }
    }

    /** The letter without its tone mark (the vowel quality marks ˆ ˘ ˛ stay). */
    static char base(char c) {
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char part = nfd.charAt(i);
            if (!isTone(part)) {
                kept.append(part);
            }
        }
        String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
        return composed.length() == 1 ? composed.charAt(0) : c;
    }

    private static char toneOf(char c) {
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 0; i < nfd.length(); i++) {
            if (isTone(nfd.charAt(i))) {
                return nfd.charAt(i);
            }
        }
        return 0;
    }

    private static char compose(char letter, char tone) {
        String composed = Normalizer.normalize(letter + String.valueOf(tone), Normalizer.Form.NFC);
        return composed.length() == 1 ? composed.charAt(0) : letter;
    }

    /** The five Vietnamese tone marks: huyền, sắc, hỏi, ngã, nặng. */
    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0309' || c == '\u0303' || c == '\u0323';
    }

    private static boolean isVowel(char c) {
        char b = Character.toLowerCase(
                Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
        return "aeiouy".indexOf(b) >= 0;
    }
}
