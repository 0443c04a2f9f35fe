package vn.vanban.indexer.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What became of one file, a line of the JSON report.
 *
 * @param path as ingested ({@code archive.zip!/entry} inside a zip)
 * @param status INDEXED, UNCHANGED (completed by an earlier run, per the journal), SKIPPED (not a
 *     document by design: a symbolic link, a FIFO, a hidden file; the reason in {@code warning}) or FAILED
 * @param key the document it is part of, or null
 * @param sha256 of its bytes, or null when it could not be read
 * @param size bytes
 * @param error why it failed, naming the problem; null otherwise
 * @param warning something the reader should know although the file was indexed, or null
 */
public record FileResult(
        String path,
        Status status,
        @Nullable String key,
        @Nullable String sha256,
        long size,
        @Nullable String error,
        @Nullable String warning) {

    public enum Status {
        INDEXED,
        UNCHANGED,
        SKIPPED,
        FAILED
    }

    public boolean ok() {
        return status != Status.FAILED;
    }
}
