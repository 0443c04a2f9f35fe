package vn.vanban.analysis.tokenize;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The whole value as one document number in its compared form: no {@code Số:} prefix, no spaces
 * around {@code -} and {@code /} ({@code 03 - CT/TW} → {@code 03-CT/TW}, {@code Số: 197 /KH-UBND}
 * → {@code 197/KH-UBND}), inner spaces collapsed, surrounding spaces and trailing punctuation
 * dropped. Typed and scanned numbers carry all of these (see DOMAIN.md, "Document numbers").
 */
public final class DocumentNumberTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private boolean done;
    private int finalOffset;

    public DocumentNumberTokenizer() {}

    @Override
    public boolean incrementToken() throws IOException {
        if (done) {
            return false;
        }
        clearAttributes();
        done = true;
        StringBuilder raw = new StringBuilder();
        char[] chunk = new char[256];
        for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
            raw.append(chunk, 0, read);
        }
        finalOffset = correctOffset(raw.length());
        int start = skipPrefix(raw, firstNonSpace(raw, 0));
        int end = raw.length();
        while (end > start && (isSpace(raw.charAt(end - 1)) || ".,;:)".indexOf(raw.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (start >= end) {
            return false;
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
        term.setEmpty().append(compact);
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(VietnameseTokenizer.DOCNUM);
        return true;
    }

    /** Skips {@code Số}, {@code Số:}, {@code Số hiệu:} (and their unaccented forms) before a digit. */
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
        i += 2;
        i = firstNonSpace(s, i);
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

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        done = false;
        finalOffset = 0;
    }
}
