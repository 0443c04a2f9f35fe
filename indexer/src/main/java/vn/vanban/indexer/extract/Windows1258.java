package vn.vanban.indexer.extract;

import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Text in windows-1258, Microsoft's Vietnamese code page: â ê ô ă ơ ư đ and some toned vowels
 * precomposed, every other tone a combining byte after its vowel (0xEC acute, 0xCC grave, 0xD2 hook,
 * 0xDE tilde, 0xF2 dot below). Read as windows-1252 it becomes "Vieòt Nam", "ðõn viì": number, issuer
 * and date are lost, hence a test of its own before any generic charset guess.
 */
final class Windows1258 {

    static final Charset CHARSET = Charset.forName("windows-1258");

    /**
     * Below this many tone bytes after a vowel the text is too short to judge. Vietnamese puts a tone
     * on about every second syllable; a Western text in windows-1252 has a few ì ò Ì Ò Þ after a vowel.
     */
    private static final int MIN_TONES = 5;

    /** Tones after vowels per 100 ASCII letters: about 10 in Vietnamese, below 1 in French or German. */
    private static final int MIN_TONES_PER_100_LETTERS = 3;

    private Windows1258() {}

    /** Whether undecodable-as-UTF-8 {@code bytes} are windows-1258 Vietnamese. */
    static boolean looksLike(byte[] bytes) {
        int tones = 0;
        int letters = 0;
        int previous = ' ';
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isTone(c) && isVowel(previous)) {
                tones++;
            }
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                letters++;
            }
            previous = c;
        }
        return tones >= MIN_TONES && tones * 100 >= letters * MIN_TONES_PER_100_LETTERS;
    }

    /** The text, tones composed onto their vowels (NFC). */
    static String decode(byte[] bytes) {
        return Normalizer.normalize(new String(bytes, CHARSET), Normalizer.Form.NFC);
    }

    private static boolean isTone(int c) {
        return c == 0xEC || c == 0xCC || c == 0xD2 || c == 0xDE || c == 0xF2;
    }

    /** a e i o u y, their capitals, and â ê ô ă ơ ư (and capitals) as windows-1258 writes them. */
    private static boolean isVowel(int c) {
        return "aeiouyAEIOUY".indexOf(c) >= 0
                || c == 0xE2
                || c == 0xEA
                || c == 0xF4
                || c == 0xE3
                || c == 0xF5
                || c == 0xFD
                || c == 0xC2
                || c == 0xCA
                || c == 0xD4
                || c == 0xC3
                || c == 0xD5
                || c == 0xDD;
    }
}
