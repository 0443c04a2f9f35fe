package vn.vanban.backend.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rate limit of anonymous clients (public search and API), one token bucket per client
 * address. Signed-in users are not counted: callers ask only for anonymous requests.
 */
@Component
public class PublicRateLimit {

    /** Clients remembered at once; the least recently seen is forgotten first (bounded memory under a flood). */
    private static final int MAX_CLIENTS = 10_000;

    /** Whether a request may proceed, and if not, when to try again. */
    public record Admission(boolean allowed, Duration retryAfter) {
        /** Whole seconds for a {@code Retry-After} header, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final SecurityProperties.RateLimit limit;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    PublicRateLimit(SecurityProperties properties) {
        this.limit = properties.rateLimit();
    }

    /** Takes one request from {@code client}'s allowance. */
    public Admission admit(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? new Admission(true, Duration.ZERO)
                : new Admission(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period())
                        .build())
                .build();
    }
}
