package vn.vanban.indexer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "chain",
        description = "Chuỗi văn bản từ văn bản lên chỉ thị gốc / Every path from a document up to its root"
                + " directive(s), following IMPLEMENTS and BASIS. Exit 2 with the candidates for an ambiguous number.")
final class ChainCommand implements Callable<Integer> {

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
                library -> library.chains().chain(query, audience.audience));
    }
}
