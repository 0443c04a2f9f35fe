package vn.vanban.analysis.text;

/**
 * The compared form of a document number (số, ký hiệu), one rule for the {@code vi_docnum}
 * tokenizer and for the indexer, which stores numbers in this form: no {@code Số:} prefix, no
 * spaces around {@code -} and {@code /} ({@code 03 - CT/TW} → {@code 03-CT/TW}, {@code Số: 197
 * /KH-UBND} → {@code 197/KH-UBND}), inner spaces collapsed, surrounding spaces and trailing
 * punctuation dropped. Typed and scanned numbers carry all of these (DOMAIN.md, "Document
 * numbers"). Letters keep their case ({@code QyĐ}, {@code CTr}); the input is expected to be
 * {@link VietnameseText#normalize normalised} already.
 */
public final class DocumentNumberText {

    /** The compact form of {@code raw} and the part of {@code raw} it was read from. */
    public record Compact(String text, int start, int end) {

        public boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private DocumentNumberText() {}

    public static Compact compact(CharSequence raw) {
        int start = skipPrefix(raw, firstNonSpace(raw, 0));
        int end = raw.length();
        while (end > start && (isSpace(raw.charAt(end - 1)) || ".,;:)".indexOf(raw.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (start >= end) {
            return new Compact("", start, start);
        }
        StringBuilder compact = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (!isSpace(c)) {
                compact.append(c);
                continue;
            }
            int next = firstNonSpace(raw, i);
            char before = compact.charAt(compact.length() - 1);
            char after = raw.charAt(next);
            if (before != '-' && before != '/' && after != '-' && after != '/') {
                compact.append(' ');
            }
            i = next - 1;
        }
        return new Compact(compact.toString(), start, end);
    }

    /**
     * Skips {@code Số}, {@code Số:}, {@code Số hiệu:} (and their unaccented forms) when a digit
     * follows: "Sổ tay" or a number-less "Số:" stay as written.
     */
    private static int skipPrefix(CharSequence s, int from) {
        int i = from;
        if (i + 2 > s.length()) {
            return from;
        }
        char s0 = Character.toLowerCase(s.charAt(i));
        char o = Character.toLowerCase(s.charAt(i + 1));
        if (s0 != 's' || "oóồốôổỗộ".indexOf(o) < 0) {
            return from;
        }
        i = firstNonSpace(s, i + 2);
        for (String word : new String[] {"hiệu", "hieu"}) {
            if (s.length() >= i + word.length()
                    && s.subSequence(i, i + word.length()).toString().equalsIgnoreCase(word)) {
                i = firstNonSpace(s, i + word.length());
            }
        }
        if (i < s.length() && s.charAt(i) == ':') {
            i = firstNonSpace(s, i + 1);
        }
        return i < s.length() && Character.isDigit(s.charAt(i)) ? i : from;
    }

    private static int firstNonSpace(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
