package vn.vanban.indexer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.graph.Ancestors;

@Command(
        name = "graph-refresh",
        description = "Tính lại quan hệ tổ tiên / Recomputes every node's ancestors from the parents (ingest does it"
                + " after each run).")
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
            Ancestors.Refresh r = new Ancestors(connection.client(), index.alias).refresh();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%d nodes, %d updated, %d changed meanwhile (left for the next refresh) in %d ms%n",
                            r.nodes(), r.updated(), r.conflicts(), (System.nanoTime() - start) / 1_000_000);
            return 0;
        }
    }
}
