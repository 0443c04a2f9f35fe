package vn.vanban.indexer.cli;

import picocli.CommandLine.Option;
import vn.vanban.indexer.index.DocumentIndex;

/** Which document index a command works on. */
final class IndexOptions {

    @Option(
            names = "--alias",
            paramLabel = "NAME",
            description = "Alias of the document index (default: " + DocumentIndex.DEFAULT_ALIAS + ").")
    String alias = DocumentIndex.DEFAULT_ALIAS;
}
