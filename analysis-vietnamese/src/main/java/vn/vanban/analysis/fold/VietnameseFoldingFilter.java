package vn.vanban.analysis.fold;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Lower-cases and removes every diacritic, {@code đ → d}: users type {@code chi thi} for {@code chỉ
 * thị}. With {@code preserveOriginal}, the lower-cased token with its diacritics follows the folded
 * one at the same position when they differ, so exact spelling can still be matched and scored.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final boolean preserveOriginal;
    private char[] original = new char[64];
    private int originalLength;
    private AttributeSource.@Nullable State pending;

    public VietnameseFoldingFilter(TokenStream input, boolean preserveOriginal) {
        super(input);
        this.preserveOriginal = preserveOriginal;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            term.copyBuffer(original, 0, originalLength);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        boolean plain = true;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 0x80) {
                plain = false;
            } else if (c >= 'A' && c <= 'Z') {
                buffer[i] = (char) (c + 32);
            }
        }
        if (plain) {
            return true;
        }
        if (preserveOriginal) {
            lowerCaseOriginal(buffer, length);
        }
        int folded = VietnameseText.fold(buffer, length);
        term.setLength(folded);
        if (preserveOriginal && !equalsOriginal(buffer, folded)) {
            pending = captureState();
        }
        return true;
    }

    private void lowerCaseOriginal(char[] buffer, int length) {
        if (original.length < length) {
            original = new char[length];
        }
        for (int i = 0; i < length; i++) {
            original[i] = Character.toLowerCase(buffer[i]);
        }
        originalLength = length;
    }

    private boolean equalsOriginal(char[] buffer, int length) {
        if (length != originalLength) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[i] != original[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
