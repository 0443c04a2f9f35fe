package vn.vanban.indexer.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * One file to ingest: a file on disk, or an entry of a zip archive ({@code archive.zip!/folder/x.pdf}).
 *
 * @param path the path reported and journalled (absolute; {@link FileNames#display}, so a name that is not
 *     UTF-8, or read under {@code LANG=C}, is still told apart and readable)
 * @param file the file on disk (the archive for an entry)
 * @param entry the zip entry name, or null
 * @param size bytes (for an entry: as its header declares, which a zip bomb may understate)
 * @param mtime modification time, epoch millis
 */
record InputFile(String path, Path file, @Nullable String entry, long size, long mtime) {

    /** More bytes than allowed: found while reading, before they are all in memory. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** The file's own name (no folder) as reported: not UTF-8 bytes escaped, see {@link FileNames}. */
    String name() {
        String p = entry != null ? entry : FileNames.displayName(file);
        int slash = p.lastIndexOf('/');
        return slash >= 0 ? p.substring(slash + 1) : p;
    }

    /**
     * The bytes, refusing more than {@code limit} while reading: an entry is inflated chunk by chunk
     * and given up as soon as it passes the limit, so a zip bomb never reaches memory or disk in full.
     */
    byte[] readAtMost(long limit) throws IOException {
        if (size > limit) {
            throw new TooLarge(
                    "%s is larger than the limit of %s: not read".formatted(megabytes(size), megabytes(limit)));
        }
        if (entry == null) {
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, limit, "the file grew past the limit of " + megabytes(limit) + " while being read");
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            if (e == null) {
                throw new IOException("entry " + entry + " is no longer in " + file);
            }
            try (InputStream in = zip.getInputStream(e)) {
                return read(
                        in,
                        limit,
                        "the entry unpacks to more than " + megabytes(limit) + " (its header says " + megabytes(size)
                                + "; a zip bomb?): not read");
            }
        }
    }

    private static byte[] read(InputStream in, long limit, String tooLarge) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) != -1) {
            total += n;
            if (total > limit) {
                throw new TooLarge(tooLarge);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
