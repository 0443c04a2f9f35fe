package vn.vanban.indexer.ingest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar redrawn with a carriage return: files, MB, documents per second, errors,
 * ETA. Silent when disabled (not a terminal, or {@code --quiet}).
 */
final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final boolean enabled;
    private final long totalFiles;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong docs = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final ScheduledExecutorService timer;

    Progress(PrintStream out, boolean enabled, long totalFiles, long totalBytes) {
        this.out = out;
        this.enabled = enabled;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        if (enabled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ingest-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::draw, 500, 500, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    void fileDone(long size, boolean indexed, boolean failed) {
        files.incrementAndGet();
        bytes.addAndGet(size);
        if (indexed) {
            docs.incrementAndGet();
        }
        if (failed) {
            errors.incrementAndGet();
        }
    }

    String line() {
        double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        long b = bytes.get();
        double rate = b / seconds;
        long eta = rate > 0 ? (long) ((totalBytes - b) / rate) : -1;
        return String.format(
                Locale.ROOT,
                "%d/%d tệp/files  %.1f/%.1f MB  %.1f docs/s  %d lỗi/errors  ETA %s",
                files.get(),
                totalFiles,
                b / 1e6,
                totalBytes / 1e6,
                docs.get() / seconds,
                errors.get(),
                eta < 0 ? "?" : String.format(Locale.ROOT, "%d:%02d", eta / 60, eta % 60));
    }

    private synchronized void draw() {
        out.print("\r" + line() + "   ");
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            out.print("\r" + line() + "   \n");
            out.flush();
        }
    }
}
