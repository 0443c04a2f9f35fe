package vn.vanban.indexer.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files an ingestion completed, one JSON line each, appended only once Elasticsearch acknowledged
 * every write of the file: a run interrupted by Ctrl-C, a machine stop or Elasticsearch going away
 * starts again after the last completed file. A file is done when its path, size and modification
 * time are unchanged. Entries made against another instance of the index (deleted and created again)
 * are ignored.
 */
public final class Journal implements AutoCloseable {

    /** One completed file. */
    public record Entry(String instance, String path, long size, long mtime, String sha256, String key) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORCE_EVERY = 64;

    private final Path file;
    private final String instance;
    private final Map<String, Entry> done = new ConcurrentHashMap<>();
    private final FileChannel channel;
    private int unforced;

    private Journal(Path file, String instance) throws IOException {
        this.file = file;
        this.instance = instance;
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    try {
                        Entry e = JSON.readValue(line, Entry.class);
                        if (instance.equals(e.instance())) {
                            done.put(e.path(), e);
                        }
                    } catch (IOException torn) {
                        // The last line of a run killed while writing it: that file is simply redone.
                    }
                }
            }
        }
        this.channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /**
     * Opens (or creates) the journal.
     *
     * @param instance {@link vn.vanban.indexer.index.DocumentIndex#instanceId()} of the target index
     */
    public static Journal open(Path file, String instance) {
        try {
            return new Journal(file, instance);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the ingestion journal " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The completed entry of this file, whatever its size and time now. */
    public Optional<Entry> previous(String path) {
        return Optional.ofNullable(done.get(path));
    }

    /** True when the file was completed and has not changed since. */
    public boolean isDone(String path, long size, long mtime) {
        Entry e = done.get(path);
        return e != null && e.size() == size && e.mtime() == mtime;
    }

    public synchronized void record(String path, long size, long mtime, String sha256, String key) {
        Entry e = new Entry(instance, path, size, mtime, sha256, key);
        try {
            channel.write(ByteBuffer.wrap((JSON.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8)));
            if (++unforced >= FORCE_EVERY) {
                channel.force(false);
                unforced = 0;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the ingestion journal " + file + ": " + ex.getMessage(), ex);
        }
        done.put(path, e);
    }

    @Override
    public synchronized void close() {
        try {
            channel.force(false);
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
