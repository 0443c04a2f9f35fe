package vn.vanban.indexer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.library.Library;

@Command(
        name = "graph-refresh",
        description = "Tính lại đồ thị văn bản / Rebuilds the graph index (every node's ancestors) from the document"
                + " index; ingest and delete do it after each run.")
final class GraphRefreshCommand implements Callable<Integer> {

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions index = new IndexOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (EsConnection connection = es.connect()) {
            long start = System.nanoTime();
            Ancestors.Refresh r =
                    new Library(connection.client(), index.alias).graphRefresh().refresh();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%d nodes, %d graph nodes written, %d removed in %d ms%n",
                            r.nodes(), r.written(), r.removed(), (System.nanoTime() - start) / 1_000_000);
            return 0;
        }
    }
}
