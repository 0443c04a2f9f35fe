package vn.vanban.indexer.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Syllable tokens of a text with their offsets. A number, a date ({@code 19/5/2021}) or a document
 * number ({@code 03-CT/TW}) is one token, so that a changed date is one changed token.
 */
final class Tokens {

    /** A token: its folded form (no diacritics, lower case), its lower-case form, and where it is. */
    record Token(String folded, String lower, int start, int end) {
        boolean numeric() {
            for (int i = 0; i < folded.length(); i++) {
                if (Character.isDigit(folded.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[./-][\\p{L}\\p{N}]+)*");

    private static final Pattern RANGE = Pattern.compile("\\d+(?:-\\d+)+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Tokens() {}

    /** The tokens of {@code text}; offsets refer to {@code text} itself. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (RANGE.matcher(m.group()).matches()) {
                // A range typed without spaces ("2021-2025") is the two years of "2021 - 2025".
                Matcher part = DIGITS.matcher(m.group());
                while (part.find()) {
                    tokens.add(new Token(part.group(), part.group(), m.start() + part.start(), m.start() + part.end()));
                }
                continue;
            }
            // Normalised per token, so tone placement (uỷ/ủy) and NFD do not separate equal words, while
            // the offsets stay those of the original text.
            String lower = VietnameseText.normalize(m.group()).toLowerCase(Locale.ROOT);
            tokens.add(new Token(VietnameseText.fold(lower), lower, m.start(), m.end()));
        }
        return tokens;
    }
}
