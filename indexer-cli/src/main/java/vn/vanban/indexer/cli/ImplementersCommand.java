package vn.vanban.indexer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "implementers",
        description = "Cây văn bản thực hiện một văn bản / The tree of documents implementing a document, transitively,"
                + " by level and locality, with counts per level. Exit 2 with the candidates for an ambiguous number.")
final class ImplementersCommand implements Callable<Integer> {

    @Mixin
    GraphQuery graph = new GraphQuery();

    @Override
    public Integer call() {
        return graph.run((library, query, audience) -> library.implementers().implementers(query, audience));
    }
}
