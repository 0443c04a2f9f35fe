package vn.vanban.indexer.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.extract.legacy.LegacyText;

/**
 * Turns raw extracted text into the text the parser reads: legacy encodings converted, NFC and
 * canonical tones ({@link VietnameseText#normalize}), Gazette furniture removed, lines broken inside
 * sentences re-joined, one paragraph per block separated by a blank line.
 *
 * <p>Input conventions: {@code \n} ends a line, a blank line ends a paragraph (meaningful only in
 * {@link Layout#PARAGRAPHS}), {@code \f} ends a page. Stateless and thread-safe.
 */
public final class TextCleaner {

    /** How far the line structure of the input can be trusted. */
    public enum Layout {
        /**
         * Lines are hard-wrapped at the page width and blank lines carry no meaning (PDF text layers,
         * OCR, the Gazette's .txt files): paragraphs are rebuilt from the lines.
         */
        WRAPPED,
        /** Paragraphs come from the document model (DOCX, ODT, DOC, RTF, HTML) and are kept. */
        PARAGRAPHS,
        /**
         * Plain text files: hard-wrapped like {@link #WRAPPED}, but a blank line before a line that
         * starts with a capital ends the paragraph ("… năm 2023\n\nĐể triển khai …"), unless the
         * blank line only surrounded page furniture.
         */
        PLAIN_TEXT,
        /** Markdown: emphasis, heading marks and rules are dropped, then read as {@link #PLAIN_TEXT}. */
        MARKDOWN
    }

    // Running header of every Gazette page, with the page number before or after it:
    // "CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024", "4 CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025"; some text
    // dumps split a word ("Ngà y 24-4-2023").
    private static final String HEADER =
            "CÔNG\\s*BÁO\\s*/\\s*S\\s*ố\\s*\\d+(\\s*\\+\\s*\\d+)*\\s*/\\s*N\\s*g\\s*à\\s*y\\s*\\d{1,2}\\s*-\\s*\\d{1,2}\\s*-\\s*\\d{4}";
    private static final Pattern GAZETTE_HEADER = Pattern.compile("^(\\d{1,4}\\s+)?" + HEADER + "(\\s+\\d{1,4})?$");
    // Text dumps of tables glue the header to a row, and sometimes the page numbers to the year
    // ("… của Chính phủ CÔNG BÁO/Số 679 + 680/Ngày 24-4-20233 33 33"): cut it out of the line.
    private static final Pattern GAZETTE_HEADER_INLINE = Pattern.compile(HEADER + "\\d{0,4}(\\s+\\d{1,4})*");
    // The Gazette's own section titles above a document ("VĂN BẢN QUY PHẠM PHÁP LUẬT", "VĂN BẢN HỢP NHẤT - BỘ Y TẾ").
    private static final Pattern GAZETTE_SECTION =
            Pattern.compile("^VĂN BẢN (QUY PHẠM PHÁP LUẬT|PHÁP LUẬT KHÁC|HỢP NHẤT\\b.*)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(-\\s*)?\\d{1,4}(\\s*-)?$");
    // The digital-signature stamp the Gazette prints over a page: "Người ký:"/"Ký bởi:", then
    // "Email:", "Cơ quan:", "Thời gian ký:"/"Ngày ký:".
    private static final Pattern STAMP_START = Pattern.compile("^(Người ký|Ký bởi)\\s*:.*");
    private static final Pattern STAMP_LINE = Pattern.compile("^(Email|Cơ quan|Thời gian ký|Ngày ký)\\s*:.*");

    // Lines that start a new block (Decree 30/2020/NĐ-CP, Appendix I: parts, chapters, articles,
    // clauses "1.", points "a)", dashes; the Party's format: Roman sections "I.").
    private static final Pattern BLOCK_START = Pattern.compile("^("
            + "(Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\\s+([IVXLC]+|\\d+)(\\s*$|\\s*[.:]|\\s+\\p{Lu}{2})"
            + "|Điều\\s+\\d+[a-z]?\\s*\\."
            + "|[IVXLC]+\\s*[.)]\\s"
            + "|\\d{1,2}(\\.\\d{1,2}){0,3}\\.\\s*\\p{Lu}"
            + "|\\d{1,2}(\\.\\d{1,2})+\\s+\\p{Lu}"
            + "|\\d{1,2}\\)\\s"
            + "|[a-zđ]\\)\\s"
            + "|[-+•*]\\s*\\p{Lu}"
            + "|(Căn cứ|Thực hiện|Triển khai|Xét đề nghị|Theo đề nghị|Nơi nhận|Kính gửi|Lưu\\s*:|Số\\s*:|Số\\s+\\d|V/v|TM\\.|T/M|KT\\.|TL\\.|TUQ\\.)"
            + ")");
    private static final Pattern OPEN_END = Pattern.compile("(?:[\\p{L}\\d][-/]|(?<![\\p{L}])(?:số|ngày|của))$");

    private static final Pattern DASH_ITEM = Pattern.compile("^[-+•*]\\s+\\S");
    private static final Pattern MOTTO = Pattern.compile("^Độc lập\\s*-\\s*Tự do\\s*-\\s*Hạnh phúc$");
    // "Hà Nội, ngày 25 tháng 6 năm 2025", "An Giang, ngày 05 tháng 5 năm 2022"
    private static final Pattern PLACE_DATE =
            Pattern.compile("^\\p{Lu}[\\p{L} .'-]{0,40},\\s*ngày\\s+[\\d.…\\s]*tháng\\s+[\\d.…\\s]*năm\\s+\\d{4}");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u000B]+");
    // A PDF text layer puts the two header columns on one line when they share a baseline:
    // "Số: 04/2025/TT-BLĐTBXH Hà Nội, ngày 20 tháng 02 năm 2025", "BỘ TƯ PHÁP CỘNG HÒA XÃ HỘI …".
    private static final Pattern MERGED_NUMBER_AND_DATE =
            Pattern.compile("^(Số\\s*:?\\s*\\S+)\\s+(\\p{Lu}[^,]{0,40},\\s*ngày\\s.*)$");
    private static final Pattern MERGED_MOTTO = Pattern.compile(
            "^(\\S.*?)\\s+((CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\\s*-\\s*Tự do\\s*-\\s*Hạnh phúc).*)$");
    /** The header block: the first lines of a document, where merged columns are split again. */
    private static final int HEADER_LINES = 30;

    private static final Pattern MD_HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+");
    private static final Pattern MD_RULE = Pattern.compile("(?m)^\\s*([-*_]\\s*){3,}$");
    private static final Pattern MD_STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern MD_EMPHASIS =
            Pattern.compile("(?<![\\\\*\\w])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![*\\w])");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\*_#.\\-+!\\[\\]()`>])");

    private TextCleaner() {}

    /** The cleaned text of {@code raw}. */
    public static String clean(String raw, Layout layout) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        // Before normalising: TCVN3 writes ư as 0xAD, which normalize drops as a soft hyphen.
        text = LegacyText.toUnicode(text);
        text = VietnameseText.normalize(text);
        if (layout == Layout.MARKDOWN) {
            text = stripMarkdown(text);
        }
        List<Line> lines = splitHeaderColumns(removeFurniture(lines(text)));
        return join(lines, layout);
    }

    /** True when a .txt file is written in Markdown (the seed plans are): headings or strong emphasis. */
    public static boolean looksLikeMarkdown(String text) {
        int signals = 0;
        for (String line : text.split("\n", 400)) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("#") && MD_HEADING.matcher(trimmed).find() || trimmed.contains("**")) {
                signals++;
            }
        }
        return signals >= 2;
    }

    static String stripMarkdown(String text) {
        String out = MD_RULE.matcher(text).replaceAll("");
        out = MD_HEADING.matcher(out).replaceAll("");
        out = MD_STRONG.matcher(out).replaceAll("");
        out = MD_EMPHASIS.matcher(out).replaceAll("$1");
        return MD_ESCAPE.matcher(out).replaceAll("$1");
    }

    /** One non-blank line of input. */
    private record Line(String text, boolean paragraphStart, boolean pageStart, boolean pageEnd) {}

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        String[] pages = text.split("\f", -1);
        for (String page : pages) {
            int first = out.size();
            boolean blankBefore = true;
            for (String raw : page.split("\n", -1)) {
                String line = SPACES.matcher(raw).replaceAll(" ").strip();
                if (line.isEmpty()) {
                    blankBefore = true;
                    continue;
                }
                out.add(new Line(line, blankBefore, out.size() == first && pages.length > 1, false));
                blankBefore = false;
            }
            if (out.size() > first && pages.length > 1) {
                Line last = out.getLast();
                out.set(out.size() - 1, new Line(last.text(), last.paragraphStart(), last.pageStart(), true));
            }
        }
        return out;
    }

    private static List<Line> splitHeaderColumns(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size() + 4);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String rest = line.text();
            boolean paragraphStart = line.paragraphStart();
            boolean pageStart = line.pageStart();
            while (true) {
                // The number line and the date also close a consolidated text (VBHN authentication).
                java.util.regex.Matcher merged = MERGED_NUMBER_AND_DATE.matcher(rest);
                if (!merged.matches() && i < HEADER_LINES) {
                    merged = MERGED_MOTTO.matcher(rest);
                }
                if (!merged.matches()) {
                    break;
                }
                out.add(new Line(merged.group(1), paragraphStart, pageStart, false));
                rest = merged.group(2);
                paragraphStart = true;
                pageStart = false;
            }
            out.add(new Line(rest, paragraphStart, pageStart, line.pageEnd()));
        }
        return out;
    }

    private static List<Line> removeFurniture(List<Line> lines) {
        boolean[] drop = new boolean[lines.size()];
        boolean gazette = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.contains("BÁO") && !GAZETTE_HEADER.matcher(text).matches()) {
                String cut = GAZETTE_HEADER_INLINE.matcher(text).replaceAll(" ").strip();
                if (!cut.equals(text)) {
                    gazette = true;
                    Line line = lines.get(i);
                    if (cut.isEmpty()) {
                        drop[i] = true;
                    } else {
                        lines.set(i, new Line(cut, line.paragraphStart(), line.pageStart(), line.pageEnd()));
                    }
                    continue;
                }
            }
            if (GAZETTE_HEADER.matcher(text).matches()) {
                gazette = true;
                drop[i] = true;
                // The page number printed beside the running header, on a line of its own.
                if (i > 0 && PAGE_NUMBER.matcher(lines.get(i - 1).text()).matches()) {
                    drop[i - 1] = true;
                }
                if (i + 1 < lines.size()
                        && PAGE_NUMBER.matcher(lines.get(i + 1).text()).matches()) {
                    drop[i + 1] = true;
                }
            } else if (STAMP_START.matcher(text).matches()) {
                drop[i] = true;
                for (int j = i + 1;
                        j < lines.size()
                                && STAMP_LINE.matcher(lines.get(j).text()).matches();
                        j++) {
                    drop[j] = true;
                }
            } else if ((lines.get(i).pageStart() || lines.get(i).pageEnd())
                    && PAGE_NUMBER.matcher(text).matches()) {
                drop[i] = true; // a bare page number at the top or bottom of a page
            } else if (PAGE_NUMBER.matcher(text).matches() && insideSentence(lines, i)) {
                drop[i] = true; // a page number line of a .txt without form feeds, inside a sentence
            }
        }
        List<Line> kept = new ArrayList<>(lines.size());
        boolean afterFurniture = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!drop[i] && !(gazette && GAZETTE_SECTION.matcher(line.text()).matches())) {
                // The blank lines around a page header say nothing about paragraphs.
                kept.add(afterFurniture ? new Line(line.text(), false, line.pageStart(), line.pageEnd()) : line);
                afterFurniture = false;
            } else if (drop[i]) {
                afterFurniture = true;
            }
        }
        return kept;
    }

    /**
     * Whether line {@code i} stands between two parts of one sentence: the line before ends inside a
     * citation ("số", "ngày", "52-") or without ending a sentence, and the line after goes on in lower
     * case ("… ngày 28/9/2022⏎- 3 -⏎của Ban Thường vụ Huyện ủy", public report 05).
     */
    private static boolean insideSentence(List<Line> lines, int i) {
        if (i == 0 || i + 1 >= lines.size()) {
            return false;
        }
        String before = lines.get(i - 1).text();
        String after = lines.get(i + 1).text();
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        return OPEN_END.matcher(before).find() || !endsSentence(before) && Character.isLowerCase(after.charAt(0));
    }

    private static String join(List<Line> lines, Layout layout) {
        int width = typicalWidth(lines);
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (Line line : lines) {
            String text = line.text();
            boolean hardBreak = line.paragraphStart()
                    && (layout == Layout.PARAGRAPHS
                            || (layout != Layout.WRAPPED && Character.isUpperCase(text.charAt(0))));
            if (previous != null && !hardBreak && continues(previous, text, width)) {
                out.append(' ').append(text);
            } else {
                if (previous != null) {
                    out.append("\n\n");
                }
                out.append(text);
            }
            previous = text;
        }
        return out.toString();
    }

    /** "của Ban", "của Bộ Chính": a line ending inside the name the citation's "của" opened. */
    private static final Pattern NAME_OPEN = Pattern.compile("(?u)\\bcủa(?:\\s+\\p{Lu}\\p{L}*){1,4}$");

    /**
     * "của Ủy ban nhân dân thành phố Từ", "của UBND huyện Tiên": a line ending inside the place name of
     * the organ the citation's "của" opened; the name's lower-case syllables keep {@link #NAME_OPEN} from
     * seeing it (generated letter 92/UBND-VX: "thành phố Từ⏎Sơn" in its V/v block). One syllable of the
     * place, because place names have two or more: after "xã Đông La" a plan's title line is complete and the
     * next line may open the body (PDF text keeps no blank line between them). A bare "cấp xã" ends a heading
     * or a form label ("Xác nhận của UBND cấp xã⏎Chủ tịch"), and a "về" before the place opens the subject:
     * the organ's name ended there.
     */
    private static final Pattern PLACE_OPEN =
            Pattern.compile("(?u)(?<!\\p{L})của\\s(?:(?!(?<!\\p{L})về\\s)[^.;:!?()]){0,80}?(?<!\\p{L})"
                    + "(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP\\.)\\s+\\p{Lu}\\p{L}*$");

    private static boolean openQuote(String line) {
        return line.chars().filter(c -> c == '“').count()
                > line.chars().filter(c -> c == '”').count();
    }

    /** Whether {@code line} continues the sentence that {@code previous} left unfinished. */
    static boolean continues(String previous, String line, int width) {
        // A heading in capitals is followed by its own block, even in lower case: "KẾ HOẠCH\ntổ chức …".
        if (standalone(previous)) {
            return false;
        }
        // A line ending inside a citation always continues: "số 52-⏎HD/BTGHU", "Kế hoạch số⏎129-KH/TU",
        // "ngày⏎14/9/2023", "của⏎Ban Thường vụ" (hard-wrapped PDF text, public reports 01 and 02).
        if (OPEN_END.matcher(previous).find()) {
            return true;
        }
        if (BLOCK_START.matcher(line).find()) {
            return false;
        }
        boolean finished = endsSentence(previous);
        // "kinh tế - xã hội" wrapped before the dash is not a list item; "- các đơn vị" after ";" is.
        if (DASH_ITEM.matcher(line).find() && finished) {
            return false;
        }
        // No paragraph starts with a lower-case word or a number: "Nghị định số\n34/2016/NĐ-CP".
        char first = line.charAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first)) {
            return true;
        }
        if (standalone(line)) {
            return false;
        }
        // An organ's name or a quotation cut by the wrap goes on in capitals: "… của Ban⏎Bí thư về …",
        // "… của UBND thành phố Từ⏎Sơn về …",
        // "Cuộc vận động “Người Việt⏎Nam ưu tiên …”" (generated subjects, short lines of a wrapped title).
        if (!finished
                && (NAME_OPEN.matcher(previous).find()
                        || PLACE_OPEN.matcher(previous).find()
                        || openQuote(previous))) {
            return true;
        }
        // A capitalised word continues only a line that ran to the margin without ending a sentence;
        // a short line is a heading ("Điều 1. Phạm vi điều chỉnh").
        return !finished && previous.length() >= width * 7 / 10;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == ';' || last == ':' || last == '!' || last == '?' || last == '…';
    }

    /** A line that is a block by itself: a heading in capitals, the motto, the place and date. */
    private static boolean standalone(String line) {
        return allCapitals(line)
                || MOTTO.matcher(line).matches()
                || PLACE_DATE.matcher(line).find();
    }

    private static boolean allCapitals(String line) {
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        return letters >= 2 || letters + digits == 0; // "*" under a Party issuer stands alone too
    }

    /** The length of a full line: the 80th percentile of line lengths. */
    private static int typicalWidth(List<Line> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).toArray();
        Arrays.sort(lengths);
        return lengths[Math.min(lengths.length - 1, lengths.length * 8 / 10)];
    }
}
