package vn.vanban.analysis.normalize;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Applies {@link VietnameseText#normalize} to a whole field value. NFC composition and dropped
 * invisibles shorten the text, so each change of length is recorded as an offset correction and
 * highlights land on the original characters.
 *
 * <p>The value is read completely on the first read: NFC needs the combining marks that follow a
 * letter, and the tone rule looks at the next letter; field values are documents, not streams.
 */
public final class VietnameseNormalizeCharFilter extends BaseCharFilter {

    private final StringBuilder normalized = new StringBuilder();
    private boolean filled;
    private int position;

    public VietnameseNormalizeCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (!filled) {
            fill();
        }
        int available = normalized.length() - position;
        if (available <= 0) {
            return len == 0 ? 0 : -1;
        }
        int count = Math.min(len, available);
        normalized.getChars(position, position + count, cbuf, off);
        position += count;
        return count;
    }

    private void fill() throws IOException {
        StringBuilder raw = new StringBuilder();
        char[] chunk = new char[8192];
        for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
            raw.append(chunk, 0, read);
        }
        VietnameseText.normalize(raw, normalized, this::addOffCorrectMap);
        filled = true;
    }
}
