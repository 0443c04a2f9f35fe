package vn.vanban.indexer.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the secrecy mark of a classified document, which this portal must never index or store.
 *
 * <p>Law 29/2018/QH14 on protecting State secrets, art. 8: three levels, "Tuyệt mật", "Tối mật",
 * "Mật"; Circular 24/2020/TT-BCA, art. 2 and Decree 30/2020/NĐ-CP, Appendix I, box 10a: the mark is
 * stamped in capitals ("MẬT", "TỐI MẬT", "TUYỆT MẬT"), on its own, under the number or in a box, or
 * written "Độ mật: …". Running text says "bí mật", "bảo mật", "Sở Mật thám": a mark counts only when it
 * stands alone in its line or in a cell of it (separated by a wide gap, a tab, a box or a bar), in
 * capitals, or after "Độ mật".
 */
final class SecrecyMarks {

    private static final Set<String> MARKS = Set.of("MẬT", "TỐI MẬT", "TUYỆT MẬT");

    /** Cells of a line: wide gaps, tabs, bars, brackets and box-drawing characters (U+2500–U+257F). */
    private static final Pattern CELLS = Pattern.compile("\\s{2,}|[\\t|\\[\\]()\\u2500-\\u257F*«»]");

    private static final Pattern DEGREE =
            Pattern.compile("(?iu)độ\\s+mật\\s*[:：]\\s*(tuyệt\\s+mật|tối\\s+mật|mật)(?![\\p{L}])");

    private static final String TRIM = " \"'“”‘’:.,;-–—_=~";

    private SecrecyMarks() {}

    /** The mark as written ({@code "TỐI MẬT"}) with its line number, or empty for an unclassified text. */
    static Optional<String> find(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        int lineNumber = 0;
        for (String line : nfc.split("\n", -1)) {
            lineNumber++;
            if (line.length() > 400
                    || !(line.contains("MẬT") || line.toLowerCase(Locale.ROOT).contains("độ mật"))) {
                continue;
            }
            Matcher degree = DEGREE.matcher(line);
            if (degree.find()) {
                return Optional.of(degree.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ") + " (line "
                        + lineNumber + ")");
            }
            for (String cell : CELLS.split(line)) {
                String mark = strip(cell).replaceAll("\\s+", " ");
                if (MARKS.contains(mark)) {
                    return Optional.of(mark + " (line " + lineNumber + ")");
                }
            }
            Optional<String> beside = besideTheHeader(strip(line.strip()).replaceAll("\\s+", " "));
            if (beside.isPresent()) {
                return Optional.of(beside.get() + " (line " + lineNumber + ")");
            }
        }
        return Optional.empty();
    }

    /** Words that make "MẬT" part of a compound, not a mark: bí mật, bảo mật, cơ mật, thân mật. */
    private static final Set<String> COMPOUND = Set.of("BÍ", "BẢO", "CƠ", "THÂN", "TỐI", "TUYỆT", "MẬT");

    /**
     * Text extraction joins the two header columns into one line with a single space ("ĐẢNG BỘ TỈNH
     * QUẢNG NINH TUYỆT MẬT"): a header line in capitals that ends with a mark (and not with "BÍ MẬT" or
     * "BẢO MẬT"), or starts with "TỐI MẬT"/"TUYỆT MẬT", carries it.
     */
    private static Optional<String> besideTheHeader(String line) {
        if (line.isEmpty()
                || !line.equals(line.toUpperCase(Locale.ROOT))
                || line.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String[] words = line.split(" ");
        int n = words.length;
        if (n >= 3 && words[n - 1].equals("MẬT") && (words[n - 2].equals("TỐI") || words[n - 2].equals("TUYỆT"))) {
            return Optional.of(words[n - 2] + " MẬT");
        }
        if (n >= 2 && words[n - 1].equals("MẬT") && !COMPOUND.contains(words[n - 2])) {
            return Optional.of("MẬT");
        }
        if (n >= 3 && words[1].equals("MẬT") && (words[0].equals("TỐI") || words[0].equals("TUYỆT"))) {
            return Optional.of(words[0] + " MẬT");
        }
        return Optional.empty();
    }

    private static String strip(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && TRIM.indexOf(cell.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIM.indexOf(cell.charAt(end - 1)) >= 0) {
            end--;
        }
        return cell.substring(start, end);
    }
}
