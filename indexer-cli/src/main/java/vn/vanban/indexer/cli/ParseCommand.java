package vn.vanban.indexer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.parse.StandardDocumentReader;

@Command(
        name = "parse",
        description = "Phân tích văn bản, in một dòng JSON cho mỗi tệp / Parses documents, one JSON line per file.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to parse")
    List<Path> files = List.of();

    @Spec
    CommandSpec spec;

    private final DocumentReader reader;

    ParseCommand() {
        this(new StandardDocumentReader(Extractors.standard()));
    }

    ParseCommand(DocumentReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allOk = true;
        for (Path file : files) {
            ParsedDocument d = reader.read(file);
            allOk &= d.status() == DocumentStatus.OK;
            out.println(ParsedDocumentJson.line(d));
            out.flush();
        }
        return allOk ? 0 : 1;
    }
}
