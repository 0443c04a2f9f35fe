package vn.vanban.indexer.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generation speed: documents per second for TXT only (the baseline) and for the default mix (80% TXT,
 * 15% DOCX, 5% PDF), measured in the same run. Usage: {@code CorpusGeneratorBenchmark [count]}
 * (default 10 000).
 */
public final class CorpusGeneratorBenchmark {

    private CorpusGeneratorBenchmark() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        // Warm-up: class loading and JIT of POI and PDFBox are not what is measured.
        run(300, Set.of(Format.TXT, Format.DOCX, Format.PDF));
        double baseline = 0;
        System.out.printf(Locale.ROOT, "%-18s %8s %10s %10s %8s%n", "formats", "docs", "ms", "docs/s", "ratio");
        for (Set<Format> formats : List.of(Set.of(Format.TXT), Set.of(Format.TXT, Format.DOCX, Format.PDF))) {
            long ms = run(count, formats);
            double rate = count * 1000.0 / Math.max(1, ms);
            if (baseline == 0) {
                baseline = rate;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %8d %10d %10.0f %8.2f%n",
                    formats.size() == 1 ? "txt (baseline)" : "txt+docx+pdf",
                    count,
                    ms,
                    rate,
                    rate / baseline);
        }
    }

    private static long run(int count, Set<Format> formats) throws IOException {
        Path dir = Files.createTempDirectory("vanban-corpus-bench");
        try {
            long start = System.nanoTime();
            CorpusGenerator.generate(dir, count, 1, formats);
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
