package vn.vanban.indexer.ingest;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Whether Elasticsearch answers: calls that fail because it is unreachable or overloaded are retried
 * with exponential back-off (250 ms doubling to 5 s) until that operation has been failing for {@code
 * giveUpAfter}; then the run stops with a clear error instead of losing documents.
 *
 * <p>The clock is per operation ({@link Attempt}): a success of another request must not restart it,
 * or an operation that can never succeed would be retried for ever while the rest of the run goes on.
 * The message says what happened, not what to type: what to do next is the caller's (the CLI's) to say.
 */
final class Availability {

    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Duration giveUpAfter;
    private final String url;
    private final Clock clock;

    Availability(Duration giveUpAfter, String url) {
        this(giveUpAfter, url, Clock.systemUTC());
    }

    Availability(Duration giveUpAfter, String url, Clock clock) {
        this.giveUpAfter = giveUpAfter;
        this.url = url;
        this.clock = clock;
    }

    /**
     * Unreachable, overloaded or restarting: worth retrying. A request Elasticsearch refused (400, 413
     * request too large …) is not: retrying cannot help, it is the error of the file that caused it.
     */
    static boolean isRetryable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ElasticsearchException e) {
                return retryableStatus(e.status());
            }
            if (c instanceof TransportException e && e.statusCode() >= 400) {
                return retryableStatus(e.statusCode());
            }
            if (c instanceof IOException || c instanceof UncheckedIOException || c instanceof TransportException) {
                return true;
            }
        }
        return false;
    }

    private static boolean retryableStatus(int status) {
        return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
    }

    /** 413: one request was larger than the cluster accepts ({@code http.max_content_length}). */
    static boolean isTooLarge(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if ((c instanceof ElasticsearchException es && es.status() == 413)
                    || (c instanceof TransportException transport && transport.statusCode() == 413)) {
                return true;
            }
        }
        return false;
    }

    /** The retries of one operation, with its own give-up clock. */
    Attempt attempt() {
        return new Attempt();
    }

    final class Attempt {
        private long failingSince = -1;
        private int failures;

        /**
         * Records a retryable failure of this operation.
         *
         * @return the delay before its next attempt
         * @throws Unavailable when this operation has been failing for longer than allowed
         */
        synchronized Duration failed(Throwable t) {
            long now = clock.millis();
            if (failingSince < 0) {
                failingSince = now;
            } else if (now - failingSince > giveUpAfter.toMillis()) {
                throw new Unavailable(message(t), t);
            }
            int n = Math.min(++failures, 5);
            return Duration.ofMillis(Math.min(5_000, 250L << n));
        }
    }

    String message(Throwable t) {
        return "Elasticsearch không trả lời / unavailable at " + url + " for more than " + giveUpAfter.toSeconds()
                + " s (" + rootMessage(t) + ")";
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
        Attempt attempt = attempt();
        while (true) {
            try {
                return call.call();
            } catch (Exception e) {
                if (!isRetryable(e)) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
                Duration delay = attempt.failed(e);
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
