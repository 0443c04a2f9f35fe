package vn.vanban.indexer.ingest;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether Elasticsearch answers: calls that fail because it is unreachable or overloaded are retried
 * with exponential back-off (250 ms doubling to 5 s) until it has been unavailable for {@code giveUpAfter};
 * then the run stops with a clear error instead of losing documents.
 */
final class Availability {

    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Duration giveUpAfter;
    private final String url;
    private final AtomicLong unavailableSince = new AtomicLong(0);
    private final AtomicInteger failures = new AtomicInteger();

    Availability(Duration giveUpAfter, String url) {
        this.giveUpAfter = giveUpAfter;
        this.url = url;
    }

    static boolean isRetryable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ElasticsearchException e) {
                int s = e.status();
                return s == 429 || s == 502 || s == 503 || s == 504;
            }
            if (c instanceof IOException || c instanceof UncheckedIOException || c instanceof TransportException) {
                return true;
            }
        }
        return false;
    }

    void succeeded() {
        unavailableSince.set(0);
        failures.set(0);
    }

    /**
     * Records a retryable failure.
     *
     * @return the delay before the next attempt
     * @throws Unavailable when Elasticsearch has been unavailable for longer than allowed
     */
    Duration failed(Throwable t) {
        long now = System.currentTimeMillis();
        unavailableSince.compareAndSet(0, now);
        long since = unavailableSince.get();
        if (since != 0 && now - since > giveUpAfter.toMillis()) {
            throw new Unavailable(message(t), t);
        }
        int n = Math.min(failures.incrementAndGet(), 5);
        return Duration.ofMillis(Math.min(5_000, 250L << n));
    }

    String message(Throwable t) {
        return "Elasticsearch không trả lời / unavailable at " + url + " for more than " + giveUpAfter.toSeconds()
                + " s (" + rootMessage(t) + "); start it (indexer es start) and run the same command again: completed"
                + " files are skipped";
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
    }

    /** Runs {@code call}, retrying while Elasticsearch is unavailable. */
    <T> T call(Callable<T> call) {
        while (true) {
            try {
                T result = call.call();
                succeeded();
                return result;
            } catch (Exception e) {
                if (!isRetryable(e)) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
                Duration delay = failed(e);
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new Unavailable("interrupted while waiting for Elasticsearch", ie);
                }
            }
        }
    }
}
