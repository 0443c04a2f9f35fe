package vn.vanban.indexer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.compare.AmbiguousDocumentException;
import vn.vanban.indexer.compare.CompareService;
import vn.vanban.indexer.compare.Comparison;
import vn.vanban.indexer.compare.DocumentLoader;
import vn.vanban.indexer.compare.DocumentNotFoundException;
import vn.vanban.indexer.compare.FileDocuments;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.library.IndexDocuments;
import vn.vanban.indexer.library.Library;
import vn.vanban.indexer.parse.StandardDocumentReader;

@Command(
        name = "compare",
        description = "Đối chiếu 2 hoặc 3 kế hoạch (văn bản đầu là văn bản gốc) / Compares 2 or 3 plans, the first"
                + " being the reference: aligned sections and points, word-level differences, coverage"
                + " (CARRIED, CHANGED, MISSING, ADDED) as JSON. A document is a file path, an index key or a"
                + " number as printed; the index is only opened when a document is not a file."
                + " Exit 1 when a document is not found, 2 when a number is ambiguous.")
final class CompareCommand implements Callable<Integer> {

    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    @Parameters(arity = "2..3", paramLabel = "DOCUMENT", description = "file, key or number; the reference first")
    List<String> documents = List.of();

    @Mixin
    EsOptions es = new EsOptions();

    @Mixin
    IndexOptions index = new IndexOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FileDocuments files = new FileDocuments(new StandardDocumentReader(Extractors.standard()));
        boolean allFiles = documents.stream().allMatch(FileDocuments::isFile);
        try (EsConnection connection = allFiles ? null : es.connect()) {
            IndexDocuments indexed = connection == null
                    ? null
                    : new IndexDocuments(new Library(connection.client(), index.alias).documents());
            // The command line is the machine's own user: the widest audience, as for the other commands.
            Comparison result = new CompareService(loader(files, indexed)).compare(documents, Audience.ADMIN);
            out.println(JSON.writeValueAsString(result));
            return 0;
        } catch (DocumentNotFoundException e) {
            err.println(e.getMessage());
            return 1;
        } catch (AmbiguousDocumentException e) {
            err.println(e.getMessage() + " — give a key");
            return 2;
        } catch (JsonProcessingException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static DocumentLoader loader(FileDocuments files, @Nullable IndexDocuments indexed) {
        return (key, audience) ->
                FileDocuments.isFile(key) || indexed == null ? files.load(key, audience) : indexed.load(key, audience);
    }
}
