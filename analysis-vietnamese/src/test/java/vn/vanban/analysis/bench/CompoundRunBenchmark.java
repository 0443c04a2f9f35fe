package vn.vanban.analysis.bench;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vanban.analysis.tokenize.VietnameseTokenizer;

/**
 * The tokenizer's compound step on hostile runs of 10⁶ characters ({@code 1-1-1-…}, {@code
 * 12/12/12/…}, {@code 1.1.1.…}, {@code 1 - 1 - …}) against ordinary text of the same length, in one run:
 * the step must stay linear, so each run should cost about as much per character as the text does
 * (before the bound on parts, {@code 1-1-1-…} of 1 MB took minutes). CPU time of this thread, median of
 * the rounds. A benchmark, not a test: a wall-clock bound would fail on a loaded machine.
 *
 * <pre>
 * ./mvnw -B -pl analysis-vietnamese test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.vanban.analysis.bench.CompoundRunBenchmark [-Dexec.args="ROUNDS"]
 * </pre>
 */
public final class CompoundRunBenchmark {

    private static final int LENGTH = 1_000_000;

    private CompoundRunBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, String> runs = new LinkedHashMap<>();
        runs.put("text", repeat("Kế hoạch số 197/KH-UBND ngày 19/5/2021 thực hiện Chỉ thị 03-CT/TW. "));
        runs.put("1-1-1-", repeat("1-"));
        runs.put("12/12/12/", repeat("12/"));
        runs.put("1.1.1.", repeat("1."));
        runs.put("1 - 1 - ", repeat("1 - "));
        runs.put("1/A-1/A", repeat("1/A-"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double textMs = 0;
        for (Map.Entry<String, String> run : runs.entrySet()) {
            long[] times = new long[rounds];
            long tokens = 0;
            for (int r = 0; r < rounds; r++) {
                long start = cpu.getCurrentThreadCpuTime();
                tokens = tokenize(run.getValue());
                times[r] = cpu.getCurrentThreadCpuTime() - start;
            }
            java.util.Arrays.sort(times);
            double ms = times[rounds / 2] / 1e6;
            if (run.getKey().equals("text")) {
                textMs = ms;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %,9d chars %,8d tokens %8.1f ms CPU  ×%.2f of text%n",
                    run.getKey(),
                    run.getValue().length(),
                    tokens,
                    ms,
                    ms / textMs);
        }
    }

    private static String repeat(String unit) {
        return unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH);
    }

    private static long tokenize(String text) throws IOException {
        long tokens = 0;
        try (VietnameseTokenizer tokenizer = new VietnameseTokenizer(true)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                tokens += term.length() > 0 ? 1 : 0;
            }
            tokenizer.end();
        }
        return tokens;
    }
}
