package vn.vanban.indexer.ingest;

import java.nio.file.Path;

/**
 * What extraction knew of a file that {@link vn.vanban.indexer.document.ParsedDocument} does not
 * carry: whether the text came from OCR (a scan loses to a text copy of the same document) and the
 * media type.
 */
public interface TextFacts {

    /** Facts about a file just read; called once per file, after the reader returned. */
    Fact take(Path file);

    record Fact(boolean ocr, String mediaType) {}

    /** When the reader cannot tell: not OCR, media type from the file name. */
    TextFacts UNKNOWN =
            file -> new Fact(false, MediaTypes.byName(file.getFileName().toString()));
}
