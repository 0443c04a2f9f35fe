package vn.vanban.frontend.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.vanban.indexer.es.EsConnection;

/**
 * Whether Elasticsearch answers, asked at most once per {@link #INTERVAL}: every page request asks,
 * so a flood of them during an outage must not become a flood of probes (nor of waits). The probe is
 * the portal's own client ({@code HEAD /}, with the cluster's credentials), bounded by
 * {@link #TIMEOUT} so that a node that accepts connections but does not answer reads as down too.
 */
@Component
class ElasticsearchProbe {

    static final Duration INTERVAL = Duration.ofSeconds(3);
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchProbe.class);

    private record Answer(boolean up, Instant at) {}

    private final RestClient client;
    private final Clock clock;
    private final ReentrantLock probing = new ReentrantLock();
    private volatile @Nullable Answer last;

    @Autowired
    ElasticsearchProbe(EsConnection connection) {
        this(connection.restClient(), Clock.systemUTC());
    }

    ElasticsearchProbe(RestClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The last answer while it is fresh; otherwise asks the node (one caller asks, the others take the last answer). */
    boolean answers() {
        Answer seen = last;
        if (seen != null && fresh(seen)) {
            return seen.up();
        }
        if (!probing.tryLock()) {
            // Another request is asking right now; before any answer, the page itself finds out.
            return seen == null || seen.up();
        }
        try {
            seen = last;
            if (seen != null && fresh(seen)) {
                return seen.up();
            }
            boolean up = ping();
            if (seen == null ? !up : seen.up() != up) {
                if (up) {
                    LOG.info("Elasticsearch answers again; pages are served");
                } else {
                    LOG.warn("Elasticsearch does not answer; pages answer 503 until it does");
                }
            }
            last = new Answer(up, clock.instant());
            return up;
        } finally {
            probing.unlock();
        }
    }

    private boolean fresh(Answer answer) {
        return clock.instant().isBefore(answer.at().plus(INTERVAL));
    }

    /**
     * A refusal ({@code 401}, {@code 403}: a key allowed to search but not to monitor) is still an
     * answer, and the pages' own reads decide; a {@code 5xx} (no master, shutting down) is not.
     */
    private static boolean answered(Response response) {
        return response.getStatusLine().getStatusCode() < 500;
    }

    private boolean ping() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Cancellable call = client.performRequestAsync(new Request("HEAD", "/"), new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                answer.complete(answered(response));
            }

            @Override
            public void onFailure(Exception exception) {
                answer.complete(exception instanceof ResponseException refused && answered(refused.getResponse()));
            }
        });
        try {
            return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel();
            return false;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
