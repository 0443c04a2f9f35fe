package vn.vanban.indexer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * One file to ingest: a file on disk, or an entry of a zip archive ({@code archive.zip!/folder/x.pdf}).
 *
 * @param path the path reported and journalled (absolute)
 * @param file the file on disk (the archive for an entry)
 * @param entry the zip entry name, or null
 * @param size bytes
 * @param mtime modification time, epoch millis
 */
record InputFile(String path, Path file, @Nullable String entry, long size, long mtime) {

    String name() {
        String p = entry != null ? entry : file.getFileName().toString();
        int slash = p.lastIndexOf('/');
        return slash >= 0 ? p.substring(slash + 1) : p;
    }

    byte[] readAllBytes() throws IOException {
        if (entry == null) {
            return Files.readAllBytes(file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            if (e == null) {
                throw new IOException("entry " + entry + " is no longer in " + file);
            }
            try (InputStream in = zip.getInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }
}
