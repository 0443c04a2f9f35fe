package vn.vanban.indexer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.library.DeletionService;
import vn.vanban.indexer.library.Library;

@Command(
        name = "delete",
        description = "Xóa một văn bản theo khóa / Deletes a document by key (it stays a CITED_ONLY node while cited).")
final class DeleteCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "KEY",
            description = "the document key, e.g. 197/KH-UBND~ubnd-tp-cam-pha~2022")
    String key = "";

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions indexOptions = new IndexOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EsConnection connection = es.connect()) {
            DeletionService.Deletion deletion = new Library(connection.client(), indexOptions.alias)
                    .deletion()
                    .delete(key);
            switch (deletion) {
                case NOT_FOUND -> {
                    spec.commandLine().getErr().println("Không có văn bản / no document with key " + key);
                    return 1;
                }
                case KEPT_AS_CITED_ONLY -> out.println("Deleted " + key + "; still cited, kept as a CITED_ONLY node");
                case DELETED -> out.println("Deleted " + key);
            }
            return 0;
        }
    }
}
