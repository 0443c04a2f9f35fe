package vn.vanban.analysis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vanban.analysis.Chains;

/**
 * Throughput of the {@code vietnamese} index analyzer against Lucene's {@code StandardAnalyzer}, in
 * one run on the same text: the seed plans and the Gazette texts under {@code
 * <shared.dir>/corpus/congbao}. Rounds alternate between the two so both see the same JIT and GC
 * conditions; the median round counts. Time is the thread's CPU time (wall time too, for the
 * record): the build machine is shared, and CPU time does not count the waits for a core.
 *
 * <pre>
 * ./mvnw -B -pl analysis-vietnamese test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.vanban.analysis.bench.AnalysisBenchmark [-Dexec.args="ROUNDS"]
 * </pre>
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Path shared = sharedDir();
        List<String> texts = texts(shared);
        if (texts.isEmpty()) {
            System.out.println("skipped: no seeds or Gazette texts under " + shared.toAbsolutePath());
            return;
        }
        long bytes = texts.stream()
                .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        analyzers.put("vietnamese (vi_normalize, vi_tokenizer + parts, vi_iy, vi_folding + original)", Chains.index());
        analyzers.put("Lucene StandardAnalyzer", new StandardAnalyzer());
        analyzers.put("for comparison: vietnamese without parts and original", Chains.indexFoldedOnly());
        List<String> names = List.copyOf(analyzers.keySet());
        for (int i = 0; i < 3; i++) { // warm-up
            for (Analyzer analyzer : analyzers.values()) {
                run(analyzer, texts);
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][] cpuRates = new double[names.size()][rounds];
        double[][] wallRates = new double[names.size()][rounds];
        long[] tokens = new long[names.size()];
        for (int r = 0; r < rounds; r++) {
            for (int a = 0; a < names.size(); a++) {
                long wall = System.nanoTime();
                long time = cpu.getCurrentThreadCpuTime();
                tokens[a] = run(analyzers.get(names.get(a)), texts);
                cpuRates[a][r] = mbPerSecond(bytes, cpu.getCurrentThreadCpuTime() - time);
                wallRates[a][r] = mbPerSecond(bytes, System.nanoTime() - wall);
            }
        }
        System.out.printf(
                "%nAnalysis throughput, %s, %d texts, %.1f MB UTF-8, median of %d rounds, Java %s%n",
                LocalDate.now(), texts.size(), bytes / 1e6, rounds, Runtime.version());
        System.out.printf("| analyzer | MB/s (CPU time) | MB/s (wall) | tokens |%n|---|---:|---:|---:|%n");
        for (int a = 0; a < names.size(); a++) {
            System.out.printf(
                    "| %s | %.1f | %.1f | %d |%n", names.get(a), median(cpuRates[a]), median(wallRates[a]), tokens[a]);
        }
        System.out.printf(
                "| **ratio vietnamese / standard** | **%.2f** | %.2f | |%n",
                median(cpuRates[0]) / median(cpuRates[1]), median(wallRates[0]) / median(wallRates[1]));
        for (Analyzer analyzer : analyzers.values()) {
            analyzer.close();
        }
    }

    /** {@code -Dshared.dir}, else {@code ../shared} from the reactor root or from the module. */
    public static Path sharedDir() {
        String property = System.getProperty("shared.dir");
        if (property != null) {
            return Path.of(property);
        }
        return Stream.of(Path.of("../shared"), Path.of("../../shared"))
                .filter(Files::isDirectory)
                .findFirst()
                .orElse(Path.of("../shared"));
    }

    private static List<String> texts(Path shared) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(shared.resolve("seeds"), shared.resolve("corpus/congbao"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        return files.stream()
                .map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + p, e);
                    }
                })
                .toList();
    }

    private static long run(Analyzer analyzer, List<String> texts) throws IOException {
        long tokens = 0;
        for (String text : texts) {
            try (TokenStream stream = analyzer.tokenStream("content", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens += term.length() > 0 ? 1 : 0;
                }
                stream.end();
            }
        }
        return tokens;
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
