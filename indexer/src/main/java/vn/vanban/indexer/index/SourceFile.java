package vn.vanban.indexer.index;

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
 */
public record SourceFile(
        String path, String name, String sha256, long size, String mediaType, boolean ocr, String storeRef) {}
