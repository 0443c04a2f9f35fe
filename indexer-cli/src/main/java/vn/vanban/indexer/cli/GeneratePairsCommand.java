package vn.vanban.indexer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.corpus.PlanPairs;

@Command(
        name = "generate-pairs",
        description = "Sinh các cặp kế hoạch cấp trên - cấp dưới có đáp án đối chiếu / Writes pairs of an upper plan"
                + " and a lower plan derived from it with known edits: <id>.upper.txt, <id>.lower.txt and"
                + " <id>.truth.json (sections, CARRIED / CHANGED / MISSING points, ADDED points).")
final class GeneratePairsCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--count", paramLabel = "N", description = "Number of pairs (default 240).")
    int count = 240;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 42): same seed, same pairs.")
    long seed = 42;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (count < 1) {
            spec.commandLine().getErr().println("--count must be at least 1, was " + count);
            return 2;
        }
        try {
            List<PlanPairs.Pair> pairs = PlanPairs.generate(count, seed);
            PlanPairs.write(out, pairs);
            spec.commandLine().getOut().printf("%d cặp / pairs in %s%n", pairs.size(), out);
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Lỗi ghi / write error: " + e.getMessage());
            return 1;
        }
    }
}
