package vn.vanban.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.index.IndexStats;
import vn.vanban.indexer.ingest.FileResult;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.library.IngestOptions;
import vn.vanban.indexer.library.IngestionService;
import vn.vanban.indexer.library.Library;

@Command(
        name = "ingest",
        description = "Lập chỉ mục tệp, thư mục, tệp zip / Indexes files, folders (recursively) and zip archives."
                + " Exit 0 when every file was indexed, 1 otherwise.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders or zip archives")
    List<Path> paths = List.of();

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "Write the JSON report (every file, its status and error).")
    @Nullable
    Path report;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Where originals are kept (default: $VANBAN_HOME/store).")
    @Nullable
    Path store;

    @Option(
            names = "--journal",
            paramLabel = "FILE",
            description = "Journal of completed files, for resuming (default: under $VANBAN_HOME/ingest/).")
    @Nullable
    Path journal;

    @Option(
            names = "--give-up-after",
            paramLabel = "SECONDS",
            description = "How long Elasticsearch may be unavailable before the run stops (default 120).")
    int giveUpAfter = 120;

    @Option(names = "--readers", paramLabel = "N", description = "Reading threads (default: one per core).")
    int readers = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--visibility",
            paramLabel = "WHO",
            description = "Visibility of documents without a mark: PUBLIC (default) or INTERNAL;"
                    + " a \"Lưu hành nội bộ\" mark always makes a document INTERNAL.")
    Visibility visibility = Visibility.PUBLIC;

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions indexOptions = new IndexOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (EsConnection connection = es.connect()) {
            Library library = new Library(connection.client(), indexOptions.alias);
            IngestOptions options = IngestOptions.defaults(
                            es.localSettings().home(), connection.endpoint().url())
                    .withStore(store)
                    .withJournal(journal)
                    .withReaders(readers)
                    .withGiveUpAfter(Duration.ofSeconds(giveUpAfter))
                    .withVisibility(visibility)
                    .withProgress(
                            !quiet && stderrIsTerminal()
                                    ? new PrintStream(System.err, true, StandardCharsets.UTF_8)
                                    : null);
            IngestionService.Ingestion ingestion;
            try {
                ingestion = library.ingestion().ingest(paths, options);
            } catch (IngestionService.Unavailable e) {
                err.println("Không kết nối được Elasticsearch / " + e.getMessage()
                        + "\nNothing was ingested; start it (indexer es start) or check --es.");
                return 1;
            }
            IngestReport result = ingestion.report();
            if (report != null) {
                result.write(report);
            }
            printSummary(out, result, library);
            for (FileResult f : result.files()) {
                if (!f.ok()) {
                    String error = String.valueOf(f.error());
                    // Most errors already start with the path: say it once.
                    err.println("LỖI/ERROR " + (error.startsWith(f.path() + ": ") ? error : f.path() + ": " + error));
                }
            }
            if (result.aborted() != null) {
                err.println(result.aborted()
                        + "\nStart it (indexer es start) and run the same command again: completed files are skipped.");
            }
            if (ingestion.graphError() != null) {
                err.println(ingestion.graphError());
            }
            return result.allOk() ? 0 : 1;
        }
    }

    private static void printSummary(PrintWriter out, IngestReport r, Library library) {
        out.printf(
                Locale.ROOT,
                "%d tệp/files: %d indexed, %d unchanged, %d failed; %d documents; %.1f MB in %.1f s (%.1f files/s)%n",
                r.files().size(),
                r.count(FileResult.Status.INDEXED),
                r.count(FileResult.Status.UNCHANGED),
                r.count(FileResult.Status.FAILED),
                r.documents(),
                r.bytes() / 1e6,
                r.elapsed().toMillis() / 1000.0,
                r.files().size() / Math.max(0.001, r.elapsed().toMillis() / 1000.0));
        if (r.aborted() == null) {
            try {
                IndexStats s = library.stats().stats(Audience.ADMIN);
                out.printf(
                        Locale.ROOT,
                        "Chỉ mục/index %s: %d documents, %d cited only, %d citations (%d unresolved, %d ambiguous)%n",
                        library.index().alias(),
                        s.documents(),
                        s.citedOnly(),
                        s.citations(),
                        s.unresolved(),
                        s.ambiguous());
            } catch (RuntimeException e) {
                out.println("(stats unavailable: " + e.getMessage() + ")");
            }
        }
        out.flush();
    }

    /**
     * Since Java 22 {@code System.console()} exists even when redirected; {@code isTerminal()} tells,
     * but the code is compiled for 21, hence the reflective call.
     */
    private static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }
}
