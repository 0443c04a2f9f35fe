package vn.vanban.analysis.normalize;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharFilter;
import vn.vanban.analysis.text.VietnameseText;

/**
 * Applies {@link VietnameseText#normalize} to a whole field value. NFC composition and dropped
 * invisibles shorten the text, so each change of length is recorded as an offset correction and
 * highlights land on the original characters.
 *
 * <p>The value is read completely on the first read: NFC needs the combining marks that follow a
 * letter, and the tone rule looks at the next letter; field values are documents, not streams.
 *
 * <p>Corrections are kept like Lucene's {@code BaseCharFilter} (output offset → cumulative
 * difference), but looked up from the last position first: a tokenizer asks for increasing
 * offsets, and a decomposed (NFD) document has a correction per accented letter.
 */
public final class VietnameseNormalizeCharFilter extends CharFilter {

    private char[] normalized = new char[0];
    private int length;
    private boolean filled;
    private int position;

    private int[] offsets = new int[0];
    private int[] diffs = new int[0];
    private int corrections;
    private int cursor;

    public VietnameseNormalizeCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (!filled) {
            fill();
        }
        int available = length - position;
        if (available <= 0) {
            return len == 0 ? 0 : -1;
        }
        int count = Math.min(len, available);
        System.arraycopy(normalized, position, cbuf, off, count);
        position += count;
        return count;
    }

    private void fill() throws IOException {
        // Chunks first, one copy at the end: doubling a buffer copies a long document several times.
        List<char[]> chunks = new ArrayList<>();
        int size = 0;
        char[] chunk = new char[16384];
        int filledInChunk = 0;
        for (int read = input.read(chunk, 0, chunk.length); read != -1; ) {
            filledInChunk += read;
            size += read;
            if (filledInChunk == chunk.length) {
                chunks.add(chunk);
                chunk = new char[chunk.length * 2];
                filledInChunk = 0;
            }
            read = input.read(chunk, filledInChunk, chunk.length - filledInChunk);
        }
        char[] raw;
        if (chunks.isEmpty()) {
            raw = chunk;
        } else {
            raw = new char[size];
            int at = 0;
            for (char[] full : chunks) {
                System.arraycopy(full, 0, raw, at, full.length);
                at += full.length;
            }
            System.arraycopy(chunk, 0, raw, at, filledInChunk);
        }
        VietnameseText.Normalized result = VietnameseText.normalize(raw, size, this::addCorrection);
        normalized = result.chars();
        length = result.length();
        filled = true;
    }

    private void addCorrection(int outOffset, int cumulativeDiff) {
        if (corrections > 0 && offsets[corrections - 1] == outOffset) {
            diffs[corrections - 1] = cumulativeDiff;
            return;
        }
        if (corrections == offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(16, corrections * 2));
            diffs = Arrays.copyOf(diffs, offsets.length);
        }
        offsets[corrections] = outOffset;
        diffs[corrections++] = cumulativeDiff;
    }

    @Override
    protected int correct(int currentOff) {
        if (corrections == 0 || currentOff < offsets[0]) {
            return currentOff;
        }
        // The last correction at or before currentOff: move from where the previous lookup ended.
        if (offsets[cursor] > currentOff) {
            int found = Arrays.binarySearch(offsets, 0, corrections, currentOff);
            cursor = found >= 0 ? found : -found - 2; // the last offset below currentOff
        }
        while (cursor + 1 < corrections && offsets[cursor + 1] <= currentOff) {
            cursor++;
        }
        return currentOff + diffs[cursor];
    }
}
