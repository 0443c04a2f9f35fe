package vn.vanban.indexer.parse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * How long the parser takes on the texts that once made a pattern backtrack ({@link
 * ParserFuzzTest#PATHOLOGICAL}), against the bound of 3 s each that the fuzz test used to assert on the
 * wall clock (flaky on a loaded 2-core machine). CPU time of this thread, best of the rounds.
 *
 * <pre>
 * java -cp "$CP" vn.vanban.indexer.parse.ParserPathologyBenchmark [ROUNDS]
 * </pre>
 */
public final class ParserPathologyBenchmark {

    private static final double BOUND_MS = 3_000;

    private ParserPathologyBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        DocumentParser parser = new DocumentParser();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        boolean within = true;
        for (String text : ParserFuzzTest.PATHOLOGICAL) {
            long best = Long.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                long start = cpu.getCurrentThreadCpuTime();
                parser.parse("pathological.txt", text);
                best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
            }
            double ms = best / 1e6;
            within &= ms <= BOUND_MS;
            String head = text.substring(0, Math.min(24, text.length())).replace("\n", "\\n");
            System.out.printf(
                    Locale.ROOT,
                    "%-26s %,7d chars %9.1f ms CPU%s%n",
                    head,
                    text.length(),
                    ms,
                    ms <= BOUND_MS ? "" : "  over the 3 s bound");
        }
        System.out.println(within ? "all within 3 s" : "SOME OVER 3 s");
    }
}
