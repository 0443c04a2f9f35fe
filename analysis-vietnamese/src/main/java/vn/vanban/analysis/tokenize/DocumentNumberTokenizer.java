package vn.vanban.analysis.tokenize;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import vn.vanban.analysis.text.DocumentNumberText;

/** The whole value as one document number in its compared form ({@link DocumentNumberText}). */
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
        DocumentNumberText.Compact number = DocumentNumberText.compact(raw);
        if (number.isEmpty()) {
            return false;
        }
        term.setEmpty().append(number.text());
        offset.setOffset(correctOffset(number.start()), correctOffset(number.end()));
        type.setType(VietnameseTokenizer.DOCNUM);
        return true;
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
