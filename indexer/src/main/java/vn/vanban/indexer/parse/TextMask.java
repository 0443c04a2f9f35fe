package vn.vanban.indexer.parse;

import java.util.regex.Pattern;
import vn.vanban.analysis.text.VietnameseText;

/**
 * A copy of the text, of the same length, in which what is not document text is blanked with spaces:
 * Markdown emphasis and heading marks ({@code **}, {@code ##}, {@code \*}), horizontal rules, and the
 * furniture of the Official Gazette (running headers "CÔNG BÁO/Số …", page numbers, the digital
 * signature stamp). Offsets into the mask are offsets into the text, so every field the parser reads
 * and every citation it finds points back to the text it was given.
 */
final class TextMask {

    /** Running header and signature stamp of congbao.chinhphu.vn PDFs converted to text. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?iu)^\\s*(?:CÔNG BÁO\\s*/\\s*Số.*|\\d{1,4}|Người ký:.*|Email:.*@.*|Cơ quan:\\s*VĂN PHÒNG CHÍNH PHỦ.*"
                    + "|Thời gian ký:.*|\\(Xem tiếp Công báo.*\\)|\\(Tiếp theo Công báo.*\\)|VĂN BẢN QUY PHẠM PHÁP LUẬT"
                    + "|[-_=*]{3,}|\\\\?\\*)\\s*$");

    private TextMask() {}

    static String of(String text) {
        char[] out = new char[text.length()];
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (FURNITURE.matcher(line).matches()) {
                for (int i = lineStart; i < lineEnd; i++) {
                    out[i] = text.charAt(i) == '\r' ? '\r' : ' ';
                }
            } else {
                maskLine(text, lineStart, lineEnd, out);
            }
            if (lineEnd < text.length()) {
                out[lineEnd] = '\n';
            }
            lineStart = lineEnd + 1;
        }
        return new String(out);
    }

    private static void maskLine(String text, int from, int to, char[] out) {
        int i = from;
        // Markdown heading marks: "## ", "#### ".
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            out[i] = text.charAt(i);
            i++;
        }
        int hashes = i;
        while (hashes < to && text.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes > i && hashes < to && text.charAt(hashes) == ' ') {
            for (int k = i; k < hashes; k++) {
                out[k] = ' ';
            }
            i = hashes;
        }
        for (; i < to; i++) {
            char c = text.charAt(i);
            char mapped = VietnameseText.mapChar(c);
            if (mapped == VietnameseText.REMOVE || c == '*' || c == '\r' || c == '\t') {
                out[i] = c == '\r' ? '\r' : ' ';
            } else if (c == '\\' && i + 1 < to && "*_#[]()-.".indexOf(text.charAt(i + 1)) >= 0) {
                out[i] = ' '; // Markdown escape: "\*"
            } else {
                out[i] = mapped;
            }
        }
    }
}
