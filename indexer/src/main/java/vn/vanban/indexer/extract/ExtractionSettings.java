package vn.vanban.indexer.extract;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link Extractor} reads files. Immutable; one extractor per configuration.
 *
 * @param maxBytes files larger than this are not read (status FAILED, the error names the size)
 * @param timeout the longest one file may take; the parse is then cancelled (status FAILED)
 * @param maxChars the most text one file may produce (a guard against decompression bombs)
 * @param ocr whether pages and images without text go to tesseract; when false (or tesseract is
 *     absent) an image-only document comes back as SCANNED_NO_OCR
 * @param tesseractPath the tesseract binary or the directory holding it; null = search the PATH
 * @param ocrLanguage tesseract language(s), e.g. {@code vie} or {@code vie+eng}
 * @param ocrTimeout the longest tesseract may spend on one page or image
 */
public record ExtractionSettings(
        long maxBytes,
        Duration timeout,
        int maxChars,
        boolean ocr,
        @Nullable Path tesseractPath,
        String ocrLanguage,
        Duration ocrTimeout) {

    public ExtractionSettings {
        if (maxBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero() || ocrTimeout.isNegative()) {
            throw new IllegalArgumentException("extraction limits must be positive");
        }
    }

    /** 100 MB, 120 s, 20 million characters, OCR by tesseract from the PATH in Vietnamese. */
    public static ExtractionSettings defaults() {
        return new ExtractionSettings(
                100L * 1024 * 1024, Duration.ofSeconds(120), 20_000_000, true, null, "vie", Duration.ofSeconds(60));
    }

    public ExtractionSettings withMaxBytes(long bytes) {
        return new ExtractionSettings(bytes, timeout, maxChars, ocr, tesseractPath, ocrLanguage, ocrTimeout);
    }

    public ExtractionSettings withTimeout(Duration limit) {
        return new ExtractionSettings(maxBytes, limit, maxChars, ocr, tesseractPath, ocrLanguage, ocrTimeout);
    }

    public ExtractionSettings withMaxChars(int chars) {
        return new ExtractionSettings(maxBytes, timeout, chars, ocr, tesseractPath, ocrLanguage, ocrTimeout);
    }

    public ExtractionSettings withOcr(boolean enabled) {
        return new ExtractionSettings(maxBytes, timeout, maxChars, enabled, tesseractPath, ocrLanguage, ocrTimeout);
    }

    public ExtractionSettings withTesseractPath(@Nullable Path path) {
        return new ExtractionSettings(maxBytes, timeout, maxChars, ocr, path, ocrLanguage, ocrTimeout);
    }
}
