package vn.vanban.indexer.extract;

import java.nio.file.Path;

/** Reads one file into cleaned text. Implementations are immutable and thread-safe; they never throw for a bad file. */
public interface Extractor {

    /** Never throws for bad input: a file that cannot be read comes back with a non-OK status and an error. */
    ExtractedText extract(Path file);
}
