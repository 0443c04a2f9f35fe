package vn.vanban.indexer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "chain",
        description = "Chuỗi văn bản từ văn bản lên chỉ thị gốc / Every path from a document up to its root"
                + " directive(s), following IMPLEMENTS and BASIS. Exit 2 with the candidates for an ambiguous number.")
final class ChainCommand implements Callable<Integer> {

    @Mixin
    GraphQuery graph = new GraphQuery();

    @Override
    public Integer call() {
        return graph.run((library, query, audience) -> library.chains().chain(query, audience));
    }
}
