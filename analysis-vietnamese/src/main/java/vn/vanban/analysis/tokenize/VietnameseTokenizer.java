package vn.vanban.analysis.tokenize;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits Vietnamese text into syllables, and keeps the things a reader treats as one unit as one
 * token of its own type: document numbers ({@code 03-CT/TW}, {@code 197/KH-UBND}, {@code
 * 15/2020/NĐ-CP}, also {@code 03 - CT/TW} as scanned or typed), dates ({@code 19/5/2021}), numbers
 * ({@code 1.000.000}, {@code 1,5}), URLs and e-mail addresses.
 *
 * <p>A compound's term is written without the spaces around its separators ({@code 03 - CT/TW} →
 * {@code 03-CT/TW}), its offsets span the original. With {@code emitParts}, the parts of a compound
 * ({@code 03}, {@code CT}, {@code TW}) follow it at the same position and with the same offsets, so
 * {@code chi thi 03} finds the directive and highlights its whole number.
 */
public final class VietnameseTokenizer extends Tokenizer {

    public static final String SYLLABLE = "<SYLLABLE>";
    public static final String ALNUM = "<ALNUM>";
    public static final String NUM = "<NUM>";
    public static final String DOCNUM = "<DOCNUM>";
    public static final String DATE = "<DATE>";
    public static final String URL = "<URL>";
    public static final String EMAIL = "<EMAIL>";

    /** Longer letter runs are cut: no word is this long, and a term must stay far below Lucene's limit. */
    static final int MAX_TOKEN_LENGTH = 255;

    /**
     * The most parts one compound may have. The longest numbers in use have five ({@code
     * 1.000.000.000.000}, {@code 15/2020/TT-BTC-VP}); without a bound a run like {@code 1-1-1-…} or
     * {@code 12/12/12/…} that is no compound was read again from each of its parts, quadratic in its
     * length (a 1 MB text kept a node's write thread busy for minutes). With it, every start reads at
     * most this many parts: linear.
     */
    static final int MAX_PARTS = 8;

    /** Spaces tolerated on each side of a separator after a number ({@code 03 - CT/TW}). */
    private static final int MAX_SPACES = 2;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final boolean emitParts;

    private char[] text = new char[1024];
    private int length;
    private int cursor;
    private boolean filled;

    /** Parts of the last compound still to emit: start, end pairs. */
    private final int[] parts = new int[2 * MAX_PARTS];

    private int partCount;
    private int nextPart;
    private int finalOffset;
    private int compoundStart;
    private int compoundEnd;

    public VietnameseTokenizer(boolean emitParts) {
        this.emitParts = emitParts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!filled) {
            fill();
        }
        if (nextPart < partCount) {
            int start = parts[2 * nextPart];
            int end = parts[2 * nextPart + 1];
            nextPart++;
            term.copyBuffer(text, start, Math.min(end - start, MAX_TOKEN_LENGTH));
            type.setType(partType(start, end));
            position.setPositionIncrement(0);
            // A token stacked on another must span the same text (Lucene's token graph rule).
            offset.setOffset(compoundStart, compoundEnd);
            return true;
        }
        partCount = 0;
        nextPart = 0;
        char[] text = this.text;
        int length = this.length;
        while (cursor < length) {
            char c = text[cursor];
            if (!isWordChar(c) || c >= 0x0300 && !Character.isLetterOrDigit(c)) {
                cursor++; // a combining mark with no letter before it is no token (no empty terms after folding)
                continue;
            }
            int start = cursor;
            if (mayStartUrl(c, start) && startsUrl(start)) {
                int end = urlEnd(start);
                emit(start, end, URL, 1);
                cursor = end;
                return true;
            }
            int end = runEnd(start);
            if (runType == ALNUM) {
                int glued = gluedWordEnd(start, end);
                if (glued > 0) {
                    cursor = glued; // the number after it is read on the next call
                    emit(start, glued, SYLLABLE, 1);
                    return true;
                }
            }
            if (end < length && text[end] < 0x80 && EMAIL_JOINER[text[end]]) {
                int email = emailEnd(start);
                if (email > 0) {
                    emit(start, email, EMAIL, 1);
                    cursor = email;
                    return true;
                }
            }
            // compound() reads further runs, each setting runType: keep this run's own.
            String kind = runType;
            if (isDigit(c) && compound(start, end)) {
                return true;
            }
            cursor = end;
            emit(start, end, kind, 1);
            return true;
        }
        return false;
    }

    /** Characters after a run that may continue it into an e-mail address: {@code @ . _ % + -}. */
    private static final boolean[] EMAIL_JOINER = new boolean[0x80];

    static {
        for (char c : "@._%+-".toCharArray()) {
            EMAIL_JOINER[c] = true;
        }
    }

    /**
     * Tries to read a compound starting with the run {@code [start, firstEnd)}: parts joined by
     * {@code - /} (with spaces after a numeric part), or by {@code . ,} between digits. Emits it and
     * returns true when it is a document number, a date or a number.
     */
    private boolean compound(int start, int firstEnd) {
        int count = 0;
        int slashes = 0;
        int dashes = 0;
        int points = 0;
        boolean letters = false;
        boolean spaced = false;
        int partStart = start;
        int partEnd = firstEnd;
        while (true) {
            if (count == MAX_PARTS) {
                return false;
            }
            addPart(count++, partStart, partEnd);
            letters |= hasLetter(partStart, partEnd);
            boolean numericPart = allDigits(partStart, partEnd);
            int i = partEnd;
            if (i + 1 < length && (text[i] == '.' || text[i] == ',') && numericPart && isDigit(text[i + 1])) {
                points++;
                partStart = i + 1;
                partEnd = runEnd(partStart);
                continue;
            }
            int sep = i;
            if (numericPart) {
                sep = skipSpaces(i);
            }
            if (sep < length && (text[sep] == '-' || text[sep] == '/')) {
                int next = sep + 1;
                int after = numericPart ? skipSpaces(next) : next;
                if (after < length && isWordChar(text[after])) {
                    if (sep != i || after != next) {
                        spaced = true;
                    }
                    if (text[sep] == '/') {
                        slashes++;
                    } else {
                        dashes++;
                    }
                    partStart = after;
                    partEnd = runEnd(partStart);
                    continue;
                }
            }
            break;
        }
        int end = partEnd;
        String kind;
        if (count == 1) {
            return false;
        } else if (slashes > 0 && letters) {
            kind = DOCNUM;
        } else if (!letters && !spaced && points == 0 && count == 3 && isDate(slashes, dashes)) {
            kind = DATE;
        } else if (!letters && slashes == 0 && dashes == 0) {
            kind = NUM;
        } else {
            return false;
        }
        partCount = count;
        nextPart = emitParts ? 0 : count;
        cursor = end;
        clearAttributes();
        if (spaced) {
            emitCompact(start, end, kind);
        } else {
            emit(start, end, kind, 1);
        }
        compoundStart = offset.startOffset();
        compoundEnd = offset.endOffset();
        return true;
    }

    /** Day, month, year with one kind of separator ({@code 19/5/2021}, {@code 19-5-2021}). */
    private boolean isDate(int slashes, int dashes) {
        if (!(slashes == 2 || dashes == 2)) {
            return false;
        }
        int day = number(parts[0], parts[1]);
        int month = number(parts[2], parts[3]);
        int yearLength = parts[5] - parts[4];
        return day >= 1 && day <= 31 && month >= 1 && month <= 12 && yearLength == 4;
    }

    private int number(int start, int end) {
        if (end - start > 4) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    private void addPart(int index, int start, int end) {
        parts[2 * index] = start;
        parts[2 * index + 1] = end;
    }

    private void emit(int start, int end, String kind, int increment) {
        int len = Math.min(end - start, MAX_TOKEN_LENGTH);
        term.copyBuffer(text, start, len);
        offset.setOffset(correctOffset(start), correctOffset(start + len));
        type.setType(kind);
        position.setPositionIncrement(increment);
    }

    /** The term without the spaces around separators; offsets still span the original. */
    private void emitCompact(int start, int end, String kind) {
        char[] buffer = term.resizeBuffer(end - start);
        int len = 0;
        for (int i = start; i < end && len < MAX_TOKEN_LENGTH; i++) {
            char c = text[i];
            if (c != ' ' && c != '\t') {
                buffer[len++] = c;
            }
        }
        term.setLength(len);
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(kind);
        position.setPositionIncrement(1);
    }

    private String partType(int start, int end) {
        runEnd(start);
        return runType;
    }

    /** The type of the last run {@link #runEnd} read. */
    private String runType = SYLLABLE;

    /**
     * End of the run of letters and digits from {@code start}, cut at {@link #MAX_TOKEN_LENGTH};
     * sets {@link #runType}.
     */
    private int runEnd(int start) {
        char[] text = this.text;
        int limit = Math.min(length, start + MAX_TOKEN_LENGTH);
        int i = start;
        int seen = 0; // the kinds met, OR-ed: no branch per character on letter or digit
        while (i < limit) {
            int kind = kind(text[i]);
            if (kind == SEPARATOR) {
                break;
            }
            seen |= kind;
            i++;
        }
        runType = (seen & LETTER) != 0 ? ((seen & DIGIT) != 0 ? ALNUM : SYLLABLE) : NUM;
        return i;
    }

    /** Words typed glued to the number or date they introduce: "số131-KH/TU", "ngày09/8/2021". */
    private static final String[] GLUED_WORDS = {"số", "ngày"};

    /** The end of a glued "số"/"ngày" at {@code start} when digits follow it inside the run, else -1. */
    private int gluedWordEnd(int start, int end) {
        for (String w : GLUED_WORDS) {
            int e = start + w.length();
            if (e < end && isDigit(text[e]) && startsWith(start, w)) {
                return e;
            }
        }
        return -1;
    }

    private int skipSpaces(int i) {
        int j = i;
        while (j < length && (text[j] == ' ' || text[j] == '\t') && j - i < MAX_SPACES) {
            j++;
        }
        return j;
    }

    private boolean hasLetter(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isDigit(text[i])) {
                return true;
            }
        }
        return false;
    }

    private boolean allDigits(int start, int end) {
        return !hasLetter(start, end);
    }

    /** A cheap test before {@link #startsUrl}: {@code ht…} or {@code ww…}. */
    private boolean mayStartUrl(char c, int i) {
        char lower = (char) (c | 0x20);
        if ((lower != 'h' && lower != 'w') || i + 1 >= length) {
            return false; // most runs: one comparison, the next character is not read
        }
        char next = (char) (text[i + 1] | 0x20);
        return (lower == 'h' && next == 't') || (lower == 'w' && next == 'w');
    }

    private boolean startsUrl(int i) {
        return startsWith(i, "http://") || startsWith(i, "https://") || startsWith(i, "www.");
    }

    private boolean startsWith(int i, String prefix) {
        if (i + prefix.length() > length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text[i + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int urlEnd(int start) {
        // Read no further than a token may reach: the scan is repeated from every cut.
        int limit = Math.min(length, start + MAX_TOKEN_LENGTH + 1);
        int i = start;
        while (i < limit && !Character.isWhitespace(text[i]) && "\"<>“”".indexOf(text[i]) < 0) {
            i++;
        }
        while (i > start && ".,;:!?)]}'’".indexOf(text[i - 1]) >= 0) {
            i--;
        }
        return Math.min(i, start + MAX_TOKEN_LENGTH);
    }

    /** The end of an e-mail address starting at {@code start}, or 0 when there is none. */
    private int emailEnd(int start) {
        // An address is at most MAX_TOKEN_LENGTH long: reading further would read a run like
        // 1-1-1-… to its end from each of its parts (quadratic).
        int limit = Math.min(length, start + MAX_TOKEN_LENGTH + 1);
        int i = start;
        while (i < limit && isEmailLocal(text[i])) {
            i++;
        }
        if (i == start || i >= limit || text[i] != '@') {
            return 0;
        }
        int domainStart = i + 1;
        int j = domainStart;
        while (j < limit && (isAsciiAlnum(text[j]) || text[j] == '-' || text[j] == '.')) {
            j++;
        }
        while (j > domainStart && (text[j - 1] == '.' || text[j - 1] == '-')) {
            j--;
        }
        int lastDot = -1;
        for (int k = domainStart; k < j; k++) {
            if (text[k] == '.') {
                lastDot = k;
            }
        }
        if (lastDot <= domainStart || lastDot >= j - 1 || j - start > MAX_TOKEN_LENGTH) {
            return 0;
        }
        return j;
    }

    private static boolean isEmailLocal(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters, digits and combining marks (text that skipped {@code vi_normalize} may be NFD). */
    static boolean isWordChar(char c) {
        return kind(c) != SEPARATOR;
    }

    private static final int SEPARATOR = 0;
    private static final int LETTER = 1; // letters and combining marks
    private static final int DIGIT = 2;

    private static int kind(char c) {
        return c < KIND_TABLE_SIZE ? KIND[c] : kindSlow(c);
    }

    private static int kindSlow(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (Character.isLetterOrDigit(c)) {
            return LETTER;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK ? LETTER : SEPARATOR;
    }

    /** Latin, combining marks and Latin Extended Additional: every character of Vietnamese text. */
    private static final int KIND_TABLE_SIZE = 0x1F00;

    private static final byte[] KIND = new byte[KIND_TABLE_SIZE];

    static {
        for (char c = 0; c < KIND_TABLE_SIZE; c++) {
            KIND[c] = (byte) kindSlow(c);
        }
    }

    private void fill() throws IOException {
        length = 0;
        while (true) {
            if (length == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
            int read = input.read(text, length, text.length - length);
            if (read == -1) {
                break;
            }
            length += read;
        }
        filled = true;
        finalOffset = correctOffset(length);
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        cursor = 0;
        filled = false;
        partCount = 0;
        nextPart = 0;
        finalOffset = 0;
    }
}
