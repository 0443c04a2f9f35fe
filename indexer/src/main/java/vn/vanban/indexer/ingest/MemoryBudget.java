package vn.vanban.indexer.ingest;

/**
 * The heap the readers share. Each file reserves what reading it may take before it is read, and
 * waits while the others hold too much: readers fit the budget together instead of one large file
 * making a 1 KB file beside it fail with "Java heap space". A file whose estimate exceeds the budget
 * is read alone.
 */
final class MemoryBudget {

    /**
     * Heap per byte of file while it is extracted, parsed and turned into a document: measured 3.1 GB
     * for a 60 MB text (bytes, UTF-16 text, cleaned copies, sections, the JSON source) ≈ 50.
     */
    static final int BYTES_PER_FILE_BYTE = 50;

    /** What a small file takes whatever its size (parser state, buffers). */
    static final long BASE = 4L << 20;

    private final long total;
    private long used;

    MemoryBudget(long total) {
        this.total = total;
    }

    /** Half the heap: the rest is for the bulk requests in flight and everything else. */
    static MemoryBudget ofHeap() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory() / 2);
    }

    /** What reading a file of {@code size} bytes reserves; at most the whole budget. */
    long estimate(long size) {
        return Math.min(total, BASE + size * BYTES_PER_FILE_BYTE);
    }

    /** Waits until {@code bytes} fit beside what others hold (or nothing else is held). */
    synchronized void acquire(long bytes) throws InterruptedException {
        while (used > 0 && used + bytes > total) {
            wait();
        }
        used += bytes;
    }

    synchronized void release(long bytes) {
        used -= bytes;
        notifyAll();
    }

    synchronized long used() {
        return used;
    }
}
