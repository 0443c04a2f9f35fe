package vn.vanban.indexer.parse;

import java.nio.file.Path;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.extract.ExtractedText;
import vn.vanban.indexer.extract.Extractor;

/** Extraction, then parsing: the reader the ingestion uses. Thread-safe when the extractor is. */
public final class StandardDocumentReader implements DocumentReader {

    private final Extractor extractor;
    private final DocumentParser parser;

    public StandardDocumentReader(Extractor extractor) {
        this(extractor, new DocumentParser());
    }

    public StandardDocumentReader(Extractor extractor, DocumentParser parser) {
        this.extractor = extractor;
        this.parser = parser;
    }

    @Override
    public ParsedDocument read(Path file) {
        ExtractedText extracted;
        try {
            extracted = extractor.extract(file);
        } catch (RuntimeException e) {
            return DocumentParser.empty(file.toString(), DocumentStatus.FAILED, file + ": extraction failed: " + e, "");
        }
        return parser.parse(extracted);
    }
}
