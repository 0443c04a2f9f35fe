package vn.vanban.indexer.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Keeps the original of every ingested file for download, addressed by its sha256 ({@code
 * ab/abcdef….pdf}): a file ingested twice is stored once, and a changed file is a new entry.
 */
public final class FileStore {

    private final Path root;

    public FileStore(Path root) {
        this.root = root;
    }

    /** {@code VANBAN_HOME/store}. */
    public static FileStore under(Path vanbanHome) {
        return new FileStore(vanbanHome.resolve("store"));
    }

    public Path root() {
        return root;
    }

    /**
     * Stores the bytes unless already stored.
     *
     * @return the store reference ({@code sha256.ext})
     */
    public String put(byte[] bytes, String sha256, String fileName) throws IOException {
        String ref = sha256 + extension(fileName);
        Path target = path(ref);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return ref;
    }

    /** Where a stored file is, for download. */
    public Path path(String ref) {
        if (ref.length() < 3 || ref.contains("/") || ref.contains("..")) {
            throw new IllegalArgumentException("Not a store reference: " + ref);
        }
        return root.resolve(ref.substring(0, 2)).resolve(ref);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        // Only a plain ASCII extension names a stored file: a name's odd bytes never reach the store's paths.
        if (dot < 0
                || fileName.length() - dot > 6
                || !fileName.substring(dot + 1).matches("[A-Za-z0-9]+")) {
            return "";
        }
        return fileName.substring(dot).toLowerCase(Locale.ROOT);
    }
}
