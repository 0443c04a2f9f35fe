package vn.vanban.indexer.extract;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.DocumentStatus;

/**
 * The text of one file, cleaned for parsing: NFC and canonical tones, legacy encodings converted,
 * Gazette furniture removed, lines broken inside sentences re-joined, paragraphs separated by a
 * blank line.
 *
 * @param status OK, ENCRYPTED, SCANNED_NO_OCR or FAILED
 * @param error null when OK, else a message naming the file and the problem
 * @param mediaType as detected, e.g. {@code application/pdf}
 * @param ocr true when the text came from OCR (digits in numbers are then less certain)
 * @param headerCells for a DOCX/ODT whose first block is a two-column header table: the left cell
 *     (issuer) and right cell (motto, place and date) text; empty otherwise
 * @param truncatedFrom characters of the whole text when {@code text} is only its first part (a text
 *     file longer than the extraction limit), else null
 */
public record ExtractedText(
        Path file,
        DocumentStatus status,
        String text,
        @Nullable String error,
        String mediaType,
        boolean ocr,
        java.util.List<String> headerCells,
        @Nullable Long truncatedFrom) {

    public ExtractedText {
        headerCells = java.util.List.copyOf(headerCells);
    }

    /** A whole text. */
    public ExtractedText(
            Path file,
            DocumentStatus status,
            String text,
            @Nullable String error,
            String mediaType,
            boolean ocr,
            java.util.List<String> headerCells) {
        this(file, status, text, error, mediaType, ocr, headerCells, null);
    }

    public static ExtractedText failed(Path file, DocumentStatus status, String error, String mediaType) {
        return new ExtractedText(file, status, "", error, mediaType, false, java.util.List.of());
    }
}
