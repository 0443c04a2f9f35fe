package vn.vanban.analysis.text;

import java.text.Normalizer;
import java.util.Arrays;

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
    /** a, e, y (any case, with or without quality marks) carrying a tone mark. */
    private static final boolean[] TONED_A_E_Y = new boolean[TABLE_SIZE];
    /** Letters, from {@link Character#isLetter(char)}. */
    private static final boolean[] LETTER = new boolean[TABLE_SIZE];
    /** Lower case. */
    private static final char[] LOWER = new char[TABLE_SIZE];
    /** Lower case without any diacritic, đ → d; {@link #REMOVE} for a combining mark. */
    private static final char[] FOLD = new char[TABLE_SIZE];
    /** {@link #LOWER} and {@link #FOLD} in one int. */
    private static final int[] LOWER_FOLD = new int[TABLE_SIZE];

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
            LOWER[c] = Character.toLowerCase(c);
            LETTER[c] = Character.isLetter(c);
            char lowerBase = Character.toLowerCase(simple ? composed.charAt(0) : c);
            TONED_A_E_Y[c] = tone != 0 && simple && (lowerBase == 'a' || lowerBase == 'e' || lowerBase == 'y');
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
            LOWER_FOLD[c] = (LOWER[c] << 16) | FOLD[c];
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
        char[] input = new char[in.length()];
        for (int i = 0; i < input.length; i++) {
            input[i] = in.charAt(i);
        }
        Normalized normalized = normalize(input, input.length, corrections);
        out.append(normalized.chars(), 0, normalized.length());
    }

    /** Normalised text: {@code chars[0..length)}. */
    public record Normalized(char[] chars, int length) {}

    /**
     * Every rule of the class over {@code in[0..length)}. Offset corrections are reported as for
     * {@link #normalize(CharSequence, StringBuilder, OffsetCorrections)}.
     */
    public static Normalized normalize(char[] in, int length, OffsetCorrections corrections) {
        int change = nextChange(in, 0, length);
        if (change < 0) {
            return new Normalized(in, length); // the common case: text that is already canonical
        }
        char[] out = new char[length + 16];
        int o = 0;
        int diff = 0;
        int i = 0;
        // Output ranges where the tone rule must be checked: old placements the scan found, and
        // text the rules joined or composed, which may form one that was not in the input.
        int[] toneRanges = new int[8];
        int ranges = 0;
        for (; change >= 0; change = nextChange(in, i, length)) {
            // The run up to the change is canonical already: copied as it is.
            int run = change - i;
            out = ensure(out, o + run + 1);
            System.arraycopy(in, i, out, o, run);
            o += run;
            i = change;
            int written = o;
            char c = in[i];
            int end = i + 1;
            boolean marks = end < length && isCombining(in[end]);
            if (c == ' ' && marks && o > 0 && Character.isLetter(out[o - 1])) {
                // Marks detached from their letter by spaces ("nga ̀ y", "Thư ̣ c hiê ̣ n"): composed
                // onto the letter before, and the rest of the syllable joined back (public report 14).
                int marksEnd = end;
                while (marksEnd < length && isCombining(in[marksEnd])) {
                    marksEnd++;
                }
                String composed =
                        Normalizer.normalize(out[o - 1] + new String(in, end, marksEnd - end), Normalizer.Form.NFC);
                if (composed.length() == 1) {
                    out[o - 1] = composed.charAt(0);
                    end = marksEnd;
                    if (end + 1 < length && in[end] == ' ' && continuesSyllable(in, end + 1, length, out[o - 1])) {
                        end++; // the space inside the syllable
                    }
                    toneRanges = addRange(toneRanges, ranges, Math.max(0, o - 3), o + 1);
                    ranges += 2;
                    i = end;
                    if (i - o != diff) {
                        diff = i - o;
                        corrections.add(o, diff);
                    }
                    continue;
                }
            }
            if (c == '\u00AD'
                    && o > 0
                    && isAsciiDigit(out[o - 1])
                    && end < length
                    && Character.isLetterOrDigit(in[end])) {
                // A soft hyphen standing for the separator of a number: "142\u00ADKH/TU" (public report 08).
                out[o++] = '-';
            } else if (!marks && isNfcStable(c)) {
                char mapped = MAPPED[c];
                if (mapped != REMOVE) {
                    out[o++] = mapped;
                }
            } else {
                while (end < length && isCombining(in[end])) {
                    end++;
                }
                String composed = Normalizer.normalize(new String(in, i, end - i), Normalizer.Form.NFC);
                out = ensure(out, o + composed.length());
                for (int k = 0; k < composed.length(); k++) {
                    char mapped = mapChar(composed.charAt(k));
                    if (mapped != REMOVE) {
                        out[o++] = mapped;
                    }
                }
            }
            // movesTone(i) reads s[i - 1 .. i + 2]: every i that can see a written or joined character.
            if (ranges + 2 > toneRanges.length) {
                toneRanges = Arrays.copyOf(toneRanges, toneRanges.length * 2);
            }
            toneRanges[ranges++] = Math.max(0, written - 2);
            toneRanges[ranges++] = o + 1;
            i = end;
            if (i - o != diff) {
                diff = i - o;
                corrections.add(o, diff);
            }
        }
        out = ensure(out, o + length - i);
        System.arraycopy(in, i, out, o, length - i);
        o += length - i;
        for (int r = 0; r < ranges; r += 2) {
            canonicalTones(out, toneRanges[r], Math.min(toneRanges[r + 1], o), o);
        }
        return new Normalized(out, o);
    }

    private static int[] addRange(int[] ranges, int used, int from, int to) {
        int[] r = used + 2 > ranges.length ? Arrays.copyOf(ranges, ranges.length * 2) : ranges;
        r[used] = from;
        r[used + 1] = to;
        return r;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Final consonants of a Vietnamese syllable. */
    private static final java.util.Set<String> FINALS = java.util.Set.of("c", "ch", "m", "n", "ng", "nh", "p", "t");

    /** Vowel pairs a rhyme may hold (ai, ao, ươ, uy …), toneless. */
    private static final java.util.Set<String> VOWEL_PAIRS = java.util.Set.of(
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "iê", "oa", "oă", "oe", "oi", "ôi", "ơi", "ua",
            "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê");

    /**
     * Whether the word at {@code from} is the rest of the syllable whose toned vowel is {@code vowel}
     * ("nga ̀ y" → "y", "Thư ̣ c" → "c", "cu ̉ a" → "a"), not a word of its own ("Kê ́ hoa ̣ ch": "hoa";
     * "vê ̀ an": "an"; "Thi ̣ u ̉ y": "u" carries a detached mark of its own).
     */
    static boolean continuesSyllable(char[] in, int from, int length, char vowel) {
        int end = from;
        while (end < length && end - from < 4 && Character.isLowerCase(in[end])) {
            end++;
        }
        if (end == from || end < length && (Character.isLetterOrDigit(in[end]) || isCombining(in[end]))) {
            return false;
        }
        if (end + 1 < length && in[end] == ' ' && isCombining(in[end + 1])) {
            return false;
        }
        String tail = new String(in, from, end - from);
        if (FINALS.contains(tail)) {
            return true;
        }
        String base = toneless(vowel);
        int k = 0;
        while (k < tail.length() && "aăâeêioôơuưy".indexOf(tail.charAt(k)) >= 0) {
            k++;
        }
        if (k == 0 || k > 2 || !VOWEL_PAIRS.contains(base + tail.charAt(0))) {
            return false;
        }
        return k == tail.length() || FINALS.contains(tail.substring(k));
    }

    /** A vowel without its tone mark, keeping its shape (ư, â, ơ …), in lower case. */
    private static String toneless(char c) {
        String d = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char m = d.charAt(i);
            // Tone marks: grave, acute, tilde, hook above, dot below; shape marks (breve, circumflex, horn) stay.
            if (m != '\u0300' && m != '\u0301' && m != '\u0303' && m != '\u0309' && m != '\u0323') {
                b.append(m);
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    private static char[] ensure(char[] buffer, int capacity) {
        return capacity <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(buffer.length * 2, capacity));
    }

    /** Characters tested by the block scan of {@link #nextChange}. */
    private static final int SCAN_BLOCK = 16;

    /**
     * Where a rule may apply first in {@code in[from..length)}, or -1 when none does. Characters are
     * tested in blocks with one branch each: Vietnamese text alternates ASCII and accented letters
     * unpredictably, and a branch per character costs more than the test itself. Only a block with
     * a suspect character or an o/u before a toned a/e/y is looked at closely.
     */
    private static int nextChange(char[] in, int from, int length) {
        int i = from;
        int previous = i > 0 ? SCAN[in[i - 1]] : 0;
        while (i + SCAN_BLOCK <= length) {
            int found = 0;
            for (int k = i; k < i + SCAN_BLOCK; k++) {
                int flags = SCAN[in[k]];
                found |= (flags & SCAN_SUSPECT) | (previous & (flags >> 1) & SCAN_O_OR_U);
                previous = flags;
            }
            if (found != 0) {
                int at = changeIn(in, Math.max(from, i - 1), i + SCAN_BLOCK, length);
                if (at >= 0) {
                    return at;
                }
            }
            i += SCAN_BLOCK;
        }
        return changeIn(in, Math.max(from, i - 1), length, length);
    }

    /** The precise test of {@link #nextChange} over {@code in[from..to)}. */
    private static int changeIn(char[] in, int from, int to, int length) {
        for (int i = from; i < to; i++) {
            char c = in[i];
            if (c < 0xA0) {
                if (i + 1 < length && in[i + 1] >= 0xC0 && isOorU(c) && movesTone(in, length, i)) {
                    return i; // an old tone placement
                }
            } else if (SUSPECT[c]) {
                return isCombining(c) && i > from ? i - 1 : i;
            }
        }
        return -1;
    }

    /** {@link #SCAN} bit: a character a rule may change (see {@link #SUSPECT}). */
    private static final int SCAN_SUSPECT = 1;
    /** {@link #SCAN} bit: o or u, which may start an old tone placement. */
    private static final int SCAN_O_OR_U = 2;
    /** {@link #SCAN} bit: a toned a, e or y, which may end one. */
    private static final int SCAN_TONED = 4;

    /** The facts {@link #nextChange} tests, one byte per BMP character. */
    private static final byte[] SCAN = new byte[0x10000];

    private static final int SUSPECT_TABLE_SIZE = 0x10000;

    /** BMP characters that combine with the character before them (marks, Hangul vowel jamo). */
    private static final boolean[] COMBINING = new boolean[0x10000];

    /** BMP characters NFC changes on their own (singletons such as U+2126 Ω, CJK compatibility). */
    private static final boolean[] NFC_UNSTABLE = new boolean[0x10000];

    /** {@link #mapChar} for every BMP character. */
    private static final char[] MAPPED = new char[0x10000];

    /** Characters a rule may change: not NFC-stable, mapped, or a combining mark. */
    private static final boolean[] SUSPECT = new boolean[SUSPECT_TABLE_SIZE];

    static {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            int type = Character.getType(ch);
            COMBINING[c] = type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || (c >= 0x1160 && c <= 0x11FF); // Hangul vowels and final consonants
            NFC_UNSTABLE[c] =
                    !Character.isSurrogate(ch) && !Normalizer.isNormalized(String.valueOf(ch), Normalizer.Form.NFC);
        }
        for (int c = 0; c < SUSPECT_TABLE_SIZE; c++) {
            char ch = (char) c;
            MAPPED[c] = mapChar(ch);
            SUSPECT[c] = NFC_UNSTABLE[c] || COMBINING[c] || mapChar(ch) != ch;
            boolean tonedAey = c >= 0xC0 && c < TABLE_SIZE && TONED_A_E_Y[c];
            SCAN[c] = (byte)
                    ((SUSPECT[c] ? SCAN_SUSPECT : 0) | (isOorU(ch) ? SCAN_O_OR_U : 0) | (tonedAey ? SCAN_TONED : 0));
        }
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

    /** Characters NFC leaves alone when no combining mark follows. */
    private static boolean isNfcStable(char c) {
        return !NFC_UNSTABLE[c];
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
        char[] chars = new char[s.length() - from];
        s.getChars(from, s.length(), chars, 0);
        canonicalTones(chars, chars.length);
        for (int i = 0; i < chars.length; i++) {
            s.setCharAt(from + i, chars[i]);
        }
    }

    private static void canonicalTones(char[] s, int length) {
        canonicalTones(s, 0, length, length);
    }

    /** {@link #canonicalTones(char[], int)} for the rhymes starting in {@code s[from..to)}. */
    private static void canonicalTones(char[] s, int from, int to, int length) {
        for (int i = from; i < to && i + 1 < length; i++) {
            if (s[i + 1] >= 0xC0 && isOorU(s[i]) && movesTone(s, length, i)) {
                s[i] = compose(s[i], toneOf(s[i + 1]));
                s[i + 1] = base(s[i + 1]);
            }
        }
    }

    private static boolean isLetter(char c) {
        return c < TABLE_SIZE ? LETTER[c] : Character.isLetter(c);
    }

    private static boolean isOorU(char c) {
        return c == 'o' || c == 'u' || c == 'O' || c == 'U';
    }

    /** Whether {@code s[i], s[i + 1]} is an open oa/oe/uy rhyme with the tone on its second vowel. */
    private static boolean movesTone(char[] s, int length, int i) {
        char first = s[i];
        if (first != 'o' && first != 'u' && first != 'O' && first != 'U') {
            return false;
        }
        char second = s[i + 1];
        if (second >= TABLE_SIZE || !TONED_A_E_Y[second]) {
            return false; // the second vowel is not a, e or y with a tone mark
        }
        char secondBase = base(second);
        char lower = (char) (first | 0x20);
        char secondLower = lower(secondBase);
        boolean rhyme =
                (lower == 'o' && (secondLower == 'a' || secondLower == 'e')) || (lower == 'u' && secondLower == 'y');
        if (!rhyme) {
            return false;
        }
        boolean open = i + 2 >= length || !isLetter(s[i + 2]);
        boolean startsSyllable = i == 0 || !isLetter(s[i - 1]) || !isVowel(s[i - 1]);
        boolean quOnset = lower == 'u' && i > 0 && lower(s[i - 1]) == 'q';
        return open && startsSyllable && !quOnset;
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
     * {@link #lower} in the high half and {@link #fold} in the low half: one table read for a
     * filter that needs both.
     */
    public static int lowerAndFold(char c) {
        return c < TABLE_SIZE ? LOWER_FOLD[c] : (Character.toLowerCase(c) << 16) | Character.toLowerCase(c);
    }

    /** {@code c} in lower case, from a table for Latin letters. */
    public static char lower(char c) {
        return c < TABLE_SIZE ? LOWER[c] : Character.toLowerCase(c);
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

    /** o, u, O, U with each tone mark: the only letters {@link #canonicalTones} writes. */
    private static final String TONE_LETTERS = "ouOU";

    private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";
    private static final char[][] COMPOSED = new char[TONE_LETTERS.length()][TONE_MARKS.length()];

    static {
        for (int l = 0; l < TONE_LETTERS.length(); l++) {
            for (int t = 0; t < TONE_MARKS.length(); t++) {
                COMPOSED[l][t] = composeSlow(TONE_LETTERS.charAt(l), TONE_MARKS.charAt(t));
            }
        }
    }

    private static char compose(char letter, char tone) {
        int l = TONE_LETTERS.indexOf(letter);
        int t = TONE_MARKS.indexOf(tone);
        return l >= 0 && t >= 0 ? COMPOSED[l][t] : composeSlow(letter, tone);
    }

    private static char composeSlow(char letter, char tone) {
        String composed = Normalizer.normalize(letter + String.valueOf(tone), Normalizer.Form.NFC);
        return composed.length() == 1 ? composed.charAt(0) : letter;
    }

    /** The five Vietnamese tone marks: huyền, sắc, hỏi, ngã, nặng. */
    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0309' || c == '\u0303' || c == '\u0323';
    }

    /** Whether {@code c} combines with the character before it under NFC. */
    private static boolean isCombining(char c) {
        return COMBINING[c];
    }

    private static boolean isVowel(char c) {
        return switch (fold(c)) {
            case 'a', 'e', 'i', 'o', 'u', 'y' -> true;
            default -> false;
        };
    }
}
