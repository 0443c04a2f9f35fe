package vn.vanban.indexer.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.index.DocumentIndex;

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
    public Integer call() throws IOException {
        try (EsConnection connection = es.connect()) {
            DocumentIndex index = new DocumentIndex(connection.client(), indexOptions.alias);
            String old = index.ensureExists();
            String fresh = index.reindex();
            spec.commandLine().getOut().println(indexOptions.alias + ": " + old + " → " + fresh);
            return 0;
        }
    }
}
