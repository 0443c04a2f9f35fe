package vn.vanban.indexer.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse throughput over the Gazette .txt files, against reading the same files in the same run.
 * Run: {@code java -cp … vn.vanban.indexer.document.ParseBenchmark [CORPUS_DIR] [ROUNDS]}.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Path.of(args[0]) : GazetteCoverageTest.CORPUS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            System.out.println("no .txt files under " + corpus);
            return;
        }
        DocumentParser parser = new DocumentParser();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        // Warm-up: JIT and the gazetteer.
        for (Path f : files) {
            parser.parse(f.toString(), Files.readString(f));
        }
        long readNanos = Long.MAX_VALUE;
        long parseNanos = Long.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (Path f : files) {
                sink += Files.readString(f).length();
            }
            long t1 = System.nanoTime();
            for (Path f : files) {
                sink += parser.parse(f.toString(), Files.readString(f))
                        .citations()
                        .size();
            }
            long t2 = System.nanoTime();
            readNanos = Math.min(readNanos, t1 - t0);
            parseNanos = Math.min(parseNanos, t2 - t1);
        }
        double mb = bytes / 1_000_000.0;
        System.out.printf("%d files, %.1f MB, best of %d rounds (checksum %d)%n", files.size(), mb, rounds, sink);
        System.out.printf("%-24s %10s %10s %8s%n", "", "docs/s", "MB/s", "ratio");
        double readS = readNanos / 1e9;
        double parseS = parseNanos / 1e9;
        System.out.printf("%-24s %10.1f %10.2f %8s%n", "read (baseline)", files.size() / readS, mb / readS, "1.00");
        System.out.printf(
                "%-24s %10.1f %10.2f %8.2f%n", "read + parse", files.size() / parseS, mb / parseS, parseS / readS);
    }
}
