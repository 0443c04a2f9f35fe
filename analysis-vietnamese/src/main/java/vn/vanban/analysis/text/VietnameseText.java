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
 *
 * <p>The per-character facts (base letter, tone, folded form) come from tables built once from
 * {@link Normalizer}, because the analysis chain asks them for every character of every document.
 */
public final class VietnameseText {

    /** Marker for characters that are dropped. */
    public static final char REMOVE = '\uFFFF';

    /** Receives offset corrections: from output offset {@code outOffset} on, input = output + diff. */
    @FunctionalInterface
    public interface OffsetCorrections {
        void add(int outOffset, int cumulativeDiff);
    }

    /** Covers Latin, Latin-1, Latin Extended-A/B, combining marks and Latin Extended Additional. */
    private static final int TABLE_SIZE = 0x1F00;

    /** The letter without its tone mark (vowel quality marks ˆ ˘ ˛ and đ kept). */
    private static final char[] BASE = new char[TABLE_SIZE];
    /** The tone mark of a letter: 0 none, else the combining character. */
    private static final char[] TONE = new char[TABLE_SIZE];
    /** Lower case without any diacritic, đ → d; {@link #REMOVE} for a combining mark. */
    private static final char[] FOLD = new char[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder();
            char tone = 0;
            for (int i = 0; i < nfd.length(); i++) {
                char part = nfd.charAt(i);
                if (isToneMark(part)) {
                    tone = part;
                } else {
                    kept.append(part);
                }
            }
            String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
            boolean simple = composed.length() == 1 && Character.isLetter(c);
            BASE[c] = simple ? composed.charAt(0) : c;
            TONE[c] = simple ? tone : 0;
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                FOLD[c] = REMOVE;
            } else if (c == '\u0110' || c == '\u0111' || c == '\u00D0' || c == '\u00F0' || c == '\u0189') {
                FOLD[c] = 'd';
            } else if (Character.isLetter(c) && nfd.length() >= 1 && nfd.charAt(0) < 0x80) {
                FOLD[c] = Character.toLowerCase(nfd.charAt(0));
            } else {
                FOLD[c] = Character.toLowerCase(c);
            }
        }
    }

    private VietnameseText() {}

    /** Every rule of the class. */
    public static String normalize(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        normalize(text, out, (off, diff) -> {});
        return out.toString();
    }

    /**
     * Every rule of the class, appending to {@code out} and reporting where output offsets stop
     * matching input offsets (for a char filter's offset corrections).
     */
    public static void normalize(CharSequence in, StringBuilder out, OffsetCorrections corrections) {
        int start = out.length();
        int diff = 0;
        int n = in.length();
        int i = 0;
        while (i < n) {
            char c = in.charAt(i);
            int end = i + 1;
            while (end < n && isCombining(in.charAt(end))) {
                end++;
            }
            if (end == i + 1 && (c < 0x300 || (c >= 0x1E00 && c < 0x1F00))) {
                char mapped = mapChar(c);
                if (mapped != REMOVE) {
                    out.append(mapped);
                }
            } else {
                String cluster = in.subSequence(i, end).toString();
                String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
                for (int k = 0; k < composed.length(); k++) {
                    char mapped = mapChar(composed.charAt(k));
                    if (mapped != REMOVE) {
                        out.append(mapped);
                    }
                }
            }
            i = end;
            int newDiff = i - (out.length() - start);
            if (newDiff != diff) {
                diff = newDiff;
                corrections.add(out.length() - start, diff);
            }
        }
        canonicalTones(out, start);
    }

    /** True when no rule can change {@code text}: ASCII without look-alikes or invisibles. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one-character rules (look-alikes, invisibles, spaces, dashes, slashes): the character to
     * write instead of {@code c}, {@link #REMOVE} to drop it, or {@code c} itself.
     */
    public static char mapChar(char c) {
        if (c < 0xA0) {
            return c;
        }
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
        canonicalTones(s, 0);
    }

    private static void canonicalTones(StringBuilder s, int from) {
        for (int i = from; i + 1 < s.length(); i++) {
            char first = s.charAt(i);
            if (first != 'o' && first != 'u' && first != 'O' && first != 'U') {
                continue;
            }
            char lower = (char) (first | 0x20);
            char second = s.charAt(i + 1);
            char secondBase = base(second);
            if (secondBase == second) {
                continue; // the second vowel has no tone mark
            }
            char secondLower = Character.toLowerCase(secondBase);
            boolean rhyme = (lower == 'o' && (secondLower == 'a' || secondLower == 'e'))
                    || (lower == 'u' && secondLower == 'y');
            if (!rhyme) {
                continue;
            }
            boolean open = i + 2 >= s.length() || !Character.isLetter(s.charAt(i + 2));
            boolean startsSyllable = i == from || !Character.isLetter(s.charAt(i - 1)) || !isVowel(s.charAt(i - 1));
            boolean quOnset = lower == 'u' && i > from && Character.toLowerCase(s.charAt(i - 1)) == 'q';
            if (!open || !startsSyllable || quOnset) {
                continue;
            }
            s.setCharAt(i, compose(first, toneOf(second)));
            s.setCharAt(i + 1, secondBase);
        }
    }

    /** The letter without its tone mark (the vowel quality marks ˆ ˘ ˛ stay). */
    static char base(char c) {
        return c < TABLE_SIZE ? BASE[c] : c;
    }

    private static char toneOf(char c) {
        return c < TABLE_SIZE ? TONE[c] : 0;
    }

    /**
     * {@code c} in lower case without diacritics, {@code đ → d}; {@link #REMOVE} for a combining
     * mark. Letters outside Latin are only lower-cased.
     */
    public static char fold(char c) {
        return c < TABLE_SIZE ? FOLD[c] : Character.toLowerCase(c);
    }

    /**
     * Folds {@code buffer[0..length)} in place (see {@link #fold(char)}) and returns the new length
     * (combining marks are dropped, so it can shrink).
     */
    public static int fold(char[] buffer, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char f = fold(buffer[i]);
            if (f != REMOVE) {
                buffer[out++] = f;
            }
        }
        return out;
    }

    /** {@code text} folded (see {@link #fold(char)}). */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        return new String(chars, 0, fold(chars, chars.length));
    }

    private static char compose(char letter, char tone) {
        String composed = Normalizer.normalize(letter + String.valueOf(tone), Normalizer.Form.NFC);
        return composed.length() == 1 ? composed.charAt(0) : letter;
    }

    /** The five Vietnamese tone marks: huyền, sắc, hỏi, ngã, nặng. */
    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0309' || c == '\u0303' || c == '\u0323';
    }

    private static boolean isCombining(char c) {
        if (c < 0x300) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(fold(c)) >= 0;
    }
}
