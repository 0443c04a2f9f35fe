package vn.vanban.indexer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code indexer.jar}; each feature adds its subcommand here. */
@Command(
        name = "indexer",
        mixinStandardHelpOptions = true,
        version = "vanban indexer 0.1.0",
        description = "Trích xuất, phân tích và lập chỉ mục văn bản / Extracts, parses and indexes documents.",
        subcommands = {
            EsCommand.class,
            GenerateCorpusCommand.class,
            ParseCommand.class,
            IngestCommand.class,
            StatsCommand.class,
            DeleteCommand.class,
            ReindexCommand.class,
            ChainCommand.class,
            ImplementersCommand.class,
            GraphRefreshCommand.class,
            CompareCommand.class,
            GeneratePairsCommand.class
        })
public final class IndexerCli implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI without exiting the JVM (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new IndexerCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }
}
