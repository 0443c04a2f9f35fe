package vn.vanban.indexer.document;

import java.nio.file.Path;

/**
 * Reads one file into a {@link ParsedDocument}: extraction, hygiene, metadata and citations.
 * Implementations are thread-safe and never throw for bad input: a file that cannot be read comes
 * back with a non-OK status and an error naming the file and the problem.
 */
public interface DocumentReader {

    ParsedDocument read(Path file);
}
