package vn.vanban.indexer.extract;

/**
 * Whether this machine can OCR Vietnamese. Tests that need OCR are skipped where it cannot
 * ({@code .ci/run} installs tesseract-ocr-vie), and tests that read a scan expect the clear
 * "OCR not available" failure instead.
 */
public final class OcrSupport {

    private OcrSupport() {}

    public static boolean available() {
        return Tesseract.locate(null, "vie").available();
    }
}
