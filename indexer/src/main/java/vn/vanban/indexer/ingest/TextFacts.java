package vn.vanban.indexer.ingest;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What extraction knew of a file that {@link vn.vanban.indexer.document.ParsedDocument} does not
 * carry: whether the text came from OCR (a scan loses to a text copy of the same document) and the
 * media type.
 */
public interface TextFacts {

    /** Facts about a file just read; called once per file, after the reader returned. */
    Fact take(Path file);

    /**
     * @param truncatedFrom characters of the whole text when only its first part was read (the
     *     extraction limit), else null
     */
    record Fact(boolean ocr, String mediaType, @Nullable Long truncatedFrom) {

        public Fact(boolean ocr, String mediaType) {
            this(ocr, mediaType, null);
        }
    }

    /** When the reader cannot tell: not OCR, media type from the file name. */
    TextFacts UNKNOWN =
            file -> new Fact(false, MediaTypes.byName(file.getFileName().toString()));
}
