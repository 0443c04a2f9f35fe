package vn.vanban.indexer.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.vanban.indexer.extract.ExtractedText;
import vn.vanban.indexer.extract.Extractor;

/**
 * Wraps the extractor given to the {@link vn.vanban.indexer.document.StandardDocumentReader} and
 * remembers, per file, whether its text came from OCR.
 */
public final class RecordingExtractor implements Extractor, TextFacts {

    private final Extractor delegate;
    private final Map<Path, Fact> facts = new ConcurrentHashMap<>();

    public RecordingExtractor(Extractor delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExtractedText extract(Path file) {
        ExtractedText text = delegate.extract(file);
        facts.put(file, new Fact(text.ocr(), text.mediaType(), text.truncatedFrom()));
        return text;
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public Fact take(Path file) {
        Fact fact = facts.remove(file);
        return fact != null ? fact : UNKNOWN.take(file);
    }
}
