package vn.vanban.indexer.index;

import org.jspecify.annotations.Nullable;

/**
 * One source file of a document, as stored in {@link DocumentFields#FILES}.
 *
 * @param path the path as ingested (inside a zip: {@code archive.zip!/entry})
 * @param name the file name
 * @param sha256 of the bytes
 * @param size in bytes
 * @param mediaType as detected
 * @param ocr whether its text came from OCR
 * @param storeRef where the file store keeps the original (its sha256)
 * @param truncatedFrom characters of its whole text when the text indexed is only the first part of it
 *     (cut at the extraction limit), else null
 */
public record SourceFile(
        String path,
        String name,
        String sha256,
        long size,
        String mediaType,
        boolean ocr,
        String storeRef,
        @Nullable Long truncatedFrom) {

    /** A file whose whole text is indexed. */
    public SourceFile(
            String path, String name, String sha256, long size, String mediaType, boolean ocr, String storeRef) {
        this(path, name, sha256, size, mediaType, ocr, storeRef, null);
    }
}
