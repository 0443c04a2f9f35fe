package vn.vanban.indexer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.corpus.CorpusGenerator;
import vn.vanban.indexer.corpus.FollowUpScenario;
import vn.vanban.indexer.corpus.Format;

@Command(
        name = "generate-corpus",
        description = "Sinh bộ văn bản mẫu có đáp án / Writes a demo corpus of plans, guidance, letters, reports and"
                + " decisions implementing real central directives, with <name>.expected.json and manifest.json.")
final class GenerateCorpusCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--count", required = true, paramLabel = "N", description = "Number of documents.")
    int count;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1): same seed, same corpus.")
    long seed = 1;

    @Option(
            names = "--formats",
            paramLabel = "LIST",
            description = "Formats among txt,docx,pdf (default all: 80%% txt, 15%% docx, 5%% pdf).")
    String formats = "txt,docx,pdf";

    @Option(
            names = "--follow-up",
            paramLabel = "PROVINCE",
            description = "Also write into DIR/follow-up a province plan with a due date for its districts, their"
                    + " plans on time, late or missing and their reports, with the truth in followup-truth.json.")
    @Nullable
    String followUp;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Set<Format> chosen = CorpusGenerator.parseFormats(formats);
            long start = System.nanoTime();
            CorpusGenerator.Result result = CorpusGenerator.generate(this.out, count, seed, chosen);
            long millis = (System.nanoTime() - start) / 1_000_000;
            result.warnings().forEach(err::println);
            if (followUp != null) {
                Path dir = this.out.resolve("follow-up");
                FollowUpScenario.Truth truth = FollowUpScenario.write(dir, followUp, seed);
                out.printf(
                        "follow-up: %s and %d districts in %s%n",
                        truth.planNumber(), truth.units().size(), dir);
            }
            out.printf(
                    "%d văn bản / documents in %s (%s) in %d ms; manifest: %s%n",
                    result.count(), this.out, result.byFormat(), millis, result.manifest());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Lỗi ghi / write error: " + e.getMessage());
            return 1;
        }
    }
}
