package vn.vanban.indexer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code indexer.jar}; each feature adds its subcommand here. */
@Command(
        name = "indexer",
        mixinStandardHelpOptions = true,
        // Every subcommand answers --help / -h too ("indexer ingest --help" printed "Missing required
        // parameter" before): the standard options are inherited down the command tree.
        scope = CommandLine.ScopeType.INHERIT,
        version = "vanban indexer 0.1.0",
        description = "Trích xuất, phân tích và lập chỉ mục văn bản / Extracts, parses and indexes documents.",
        subcommands = {
            EsCommand.class,
            GenerateCorpusCommand.class,
            ParseCommand.class,
            IngestCommand.class,
            StatsCommand.class,
            CheckCommand.class,
            DeleteCommand.class,
            ReindexCommand.class,
            ChainCommand.class,
            ImplementersCommand.class,
            FollowUpCommand.class,
            GraphRefreshCommand.class,
            CompareCommand.class,
            GeneratePairsCommand.class
        })
public final class IndexerCli implements Callable<Integer> {

    public static void main(String[] args) {
        utf8Output();
        RawArguments raw = RawArguments.of(args);
        System.exit(run(raw, raw.args()));
    }

    /** Runs the CLI without exiting the JVM (tests call this). */
    public static int run(String... args) {
        return run(RawArguments.of(new String[0]), args);
    }

    private static int run(RawArguments raw, String... args) {
        return new CommandLine(new IndexerCli())
                .registerConverter(Path.class, raw::path)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(IndexerCli::failed)
                .setParameterExceptionHandler(IndexerCli::misused)
                .execute(args);
    }

    /**
     * Output in UTF-8 whatever the locale: under {@code LANG=C} Java would print every Vietnamese
     * letter, in messages and in file names, as '?', and the JSON written to stdout would lose them.
     */
    private static void utf8Output() {
        if (!StandardCharsets.UTF_8.name().equalsIgnoreCase(System.getProperty("stdout.encoding", "UTF-8"))) {
            System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        }
    }

    /**
     * A command that fails (Elasticsearch gone, an index missing) says what happened in one line; a
     * Java stack trace tells a user of {@code stats} or {@code implementers} nothing.
     */
    private static int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (root != e && root.getMessage() != null && !what.contains(root.getMessage())) {
            what += " (" + root.getMessage() + ")";
        }
        commandLine.getErr().println("LỖI/ERROR indexer " + commandLine.getCommandName() + ": " + what);
        commandLine.getErr().flush();
        return 1;
    }

    /** Wrong arguments; a file named like an option ({@code -rf.txt}) is told to follow {@code --}. */
    private static int misused(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        java.io.PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        for (String arg : args) {
            if (arg.startsWith("-") && !arg.startsWith("--") && arg.contains(".")) {
                err.println("'" + arg + "' is read as an option; to name a file that starts with '-', put -- before"
                        + " the files: indexer " + commandLine.getCommandName() + " -- " + arg);
            }
        }
        err.println("Try 'indexer " + commandLine.getCommandName() + " --help' for the options.");
        err.flush();
        return 2;
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }
}
