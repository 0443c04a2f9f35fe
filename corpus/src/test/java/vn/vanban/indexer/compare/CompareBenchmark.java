package vn.vanban.indexer.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.vanban.indexer.corpus.PlanPairs;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.parse.DocumentParser;

/**
 * Time to compare two 30-page plans (a benchmark, not a timed test). The two plans are built from
 * generated pairs: the points of the upper plans of many pairs gathered into five sections, and the
 * points of their lower plans likewise, until each plan has about 30 pages (2 500 characters a page,
 * an A4 page of a plan in 14-point Times New Roman).
 *
 * <p>Run: {@code java -cp … vn.vanban.indexer.compare.CompareBenchmark [PAGES [RUNS]]}.
 */
public final class CompareBenchmark {

    private static final int PAGE = 2500;

    public static void main(String[] args) {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DocumentParser parser = new DocumentParser();
        List<PlanPairs.Pair> pairs = PlanPairs.generate(200, 11);
        StringBuilder[] upper = sections();
        StringBuilder[] lower = sections();
        int i = 0;
        while (length(upper) < pages * PAGE && i < pairs.size()) {
            PlanPairs.Pair p = pairs.get(i++);
            gather(parser.parse("u", p.upperText()), upper);
            gather(parser.parse("l", p.lowerText()), lower);
        }
        String upperText = document("Số 12-KH/TU", upper);
        String lowerText = document("Số 45-KH/HU", lower);
        long t0 = System.nanoTime();
        ParsedDocument a = parser.parse("upper.txt", upperText);
        ParsedDocument b = parser.parse("lower.txt", lowerText);
        long parseNanos = System.nanoTime() - t0;
        CompareService service = new CompareService((key, audience) -> {
            throw new DocumentNotFoundException(key, "benchmark");
        });
        List<ComparedDocument> docs = List.of(new ComparedDocument("upper", a), new ComparedDocument("lower", b));
        Comparison c = null;
        for (int w = 0; w < 2; w++) {
            c = service.compareDocuments(docs);
        }
        double[] millis = new double[runs];
        for (int r = 0; r < runs; r++) {
            long s = System.nanoTime();
            c = service.compareDocuments(docs);
            millis[r] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "two plans of %.1f and %.1f pages (%d and %d characters, %d and %d points, from %d pairs)%n",
                upperText.length() / (double) PAGE,
                lowerText.length() / (double) PAGE,
                upperText.length(),
                lowerText.length(),
                c.coverage().size(),
                c.coverage().size() - missing(c) + c.added().size(),
                i);
        System.out.printf(Locale.ROOT, "parsing both: %.0f ms%n", parseNanos / 1e6);
        System.out.printf(
                Locale.ROOT,
                "compare (align, diff, coverage): median %.0f ms, min %.0f ms over %d runs%n",
                millis[runs / 2],
                millis[0],
                runs);
    }

    private static long missing(Comparison c) {
        return c.coverage().stream()
                .filter(cov -> cov.status() == Comparison.Status.MISSING)
                .count();
    }

    private static final String[] HEADINGS = {
        "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "HÌNH THỨC TUYÊN TRUYỀN", "THỜI GIAN", "TỔ CHỨC THỰC HIỆN"
    };

    private static StringBuilder[] sections() {
        StringBuilder[] s = new StringBuilder[HEADINGS.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = new StringBuilder();
        }
        return s;
    }

    private static int length(StringBuilder[] sections) {
        return Arrays.stream(sections).mapToInt(StringBuilder::length).sum();
    }

    private static void gather(ParsedDocument doc, StringBuilder[] into) {
        List<Structure.Part> parts = Structure.of(doc);
        for (int k = 0; k < parts.size(); k++) {
            for (Structure.Point p : parts.get(k).points()) {
                into[Math.min(k, into.length - 1)].append("- ").append(p.text()).append("\n\n");
            }
        }
    }

    private static String document(String number, StringBuilder[] sections) {
        List<String> lines = new ArrayList<>(List.of(
                "TỈNH ỦY NGHỆ AN",
                "*",
                number,
                "",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "",
                "Nghệ An, ngày 05 tháng 5 năm 2022",
                "",
                "KẾ HOẠCH",
                "thực hiện Chỉ thị số 03-CT/TW",
                ""));
        StringBuilder b = new StringBuilder(String.join("\n", lines)).append('\n');
        String[] roman = {"I", "II", "III", "IV", "V"};
        for (int i = 0; i < sections.length; i++) {
            b.append(roman[i]).append(". ").append(HEADINGS[i]).append("\n\n").append(sections[i]);
        }
        b.append("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\nNguyễn Văn A\n");
        return b.toString();
    }
}
