package vn.vanban.indexer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.library.Library;
import vn.vanban.indexer.library.ReindexService;

@Command(
        name = "reindex",
        description = "Tạo chỉ mục mới từ ánh xạ hiện tại / New index from the current mapping, copy, alias switch.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions indexOptions = new IndexOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (EsConnection connection = es.connect()) {
            ReindexService.Reindexed r = new Library(connection.client(), indexOptions.alias)
                    .reindexing()
                    .reindex();
            spec.commandLine().getOut().println(r.alias() + ": " + r.from() + " → " + r.to());
            return 0;
        }
    }
}
