package vn.vanban.indexer.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.extract.ExtractedText;
import vn.vanban.indexer.extract.Extractor;

/**
 * Reads UTF-8 text fixtures for the parser's tests. Formats that need Tika (the {@code fmt-*} fixtures
 * of branch issue-4-extract) come back as FAILED here; the integrator swaps in the real extractor in
 * {@link AccuracyReport#extractor()}.
 */
final class FixtureExtractor implements Extractor {

    @Override
    public ExtractedText extract(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".txt") && !name.endsWith(".md")) {
            return ExtractedText.failed(
                    file, DocumentStatus.FAILED, file + ": needs the Tika extractor", "application/octet-stream");
        }
        try {
            return new ExtractedText(
                    file,
                    DocumentStatus.OK,
                    VietnameseText.normalize(Files.readString(file)),
                    null,
                    "text/plain",
                    false,
                    List.of());
        } catch (IOException e) {
            return ExtractedText.failed(file, DocumentStatus.FAILED, file + ": " + e, "text/plain");
        }
    }
}
