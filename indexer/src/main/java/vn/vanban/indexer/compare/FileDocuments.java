package vn.vanban.indexer.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.ParsedDocument;

/**
 * Documents read from files (any format the extractor reads), so a comparison works without an index.
 * A file on the caller's disk is the caller's: the audience does not restrict it.
 */
public final class FileDocuments implements DocumentLoader {

    private final DocumentReader reader;

    public FileDocuments(DocumentReader reader) {
        this.reader = reader;
    }

    /** Whether {@code key} names a readable file. */
    public static boolean isFile(String key) {
        try {
            return Files.isRegularFile(Path.of(key));
        } catch (RuntimeException e) {
            return false; // not a path at all (a key with characters a path may not hold)
        }
    }

    @Override
    public ComparedDocument load(String key, Audience audience) {
        if (!isFile(key)) {
            throw new DocumentNotFoundException(key, "Không tìm thấy tệp / no such file: " + key);
        }
        ParsedDocument parsed = reader.read(Path.of(key));
        if (parsed.status() != DocumentStatus.OK) {
            throw new DocumentNotFoundException(
                    key, "Không đọc được / cannot read " + key + ": " + parsed.status() + " " + parsed.error());
        }
        return new ComparedDocument(key, parsed);
    }
}
