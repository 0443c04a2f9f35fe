package vn.vanban.indexer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "implementers",
        description = "Cây văn bản thực hiện một văn bản / The tree of documents implementing a document, transitively,"
                + " by level and locality, with counts per level. Exit 2 with the candidates for an ambiguous number.")
final class ImplementersCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "a document key or a number as printed (45-KH/ĐU)")
    String query;

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions index = new IndexOptions();

    @Mixin
    AudienceOption audience = new AudienceOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return GraphQuery.run(
                es,
                index,
                query,
                spec.commandLine().getOut(),
                spec.commandLine().getErr(),
                library -> library.implementers().implementers(query, audience.audience));
    }
}
