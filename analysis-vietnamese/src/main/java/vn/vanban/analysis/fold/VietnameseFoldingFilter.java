package vn.vanban.analysis.fold;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
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
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private boolean pending;
    private int pendingStart;
    private int pendingEnd;
    private String pendingType = TypeAttribute.DEFAULT_TYPE;

    public VietnameseFoldingFilter(TokenStream input, boolean preserveOriginal) {
        super(input);
        this.preserveOriginal = preserveOriginal;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending) {
            // Only what a token of ours carries is put back (term, position, offsets, type):
            // cheaper than captureState(), which clones every attribute of every token.
            pending = false;
            clearAttributes();
            term.copyBuffer(original, 0, originalLength);
            position.setPositionIncrement(0);
            offset.setOffset(pendingStart, pendingEnd);
            type.setType(pendingType);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (preserveOriginal && original.length < length) {
            original = new char[length];
        }
        char[] original = this.original;
        int differs = 0;
        int out = 0;
        // One pass, no branch per character: the original is written even when it will not be
        // emitted (an ASCII token), and a dropped mark is overwritten by the next character.
        for (int i = 0; i < length; i++) {
            int both = VietnameseText.lowerAndFold(buffer[i]);
            char lower = (char) (both >>> 16);
            char folded = (char) both;
            if (preserveOriginal) {
                original[i] = lower;
            }
            differs |= folded ^ lower;
            buffer[out] = folded;
            out += folded == VietnameseText.REMOVE ? 0 : 1;
        }
        boolean changed = differs != 0;
        term.setLength(out);
        originalLength = length;
        if (preserveOriginal && changed) {
            pending = true;
            pendingStart = offset.startOffset();
            pendingEnd = offset.endOffset();
            pendingType = type.type();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = false;
    }
}
