package vn.vanban.indexer.extract;

import java.nio.file.Path;

/** Reads one file into cleaned text. Implementations are immutable and thread-safe; they never throw for a bad file. */
public interface Extractor extends AutoCloseable {

    /** Never throws for bad input: a file that cannot be read comes back with a non-OK status and an error. */
    ExtractedText extract(Path file);

    /**
     * Ends the threads the extractor runs parses on; close it with the application (the shared {@link
     * Extractors#standard()} lives as long as the JVM and is never closed).
     */
    @Override
    default void close() {}
}
