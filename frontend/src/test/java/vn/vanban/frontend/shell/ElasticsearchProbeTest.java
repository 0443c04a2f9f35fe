package vn.vanban.frontend.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The probe behind {@link OutagePage}, against a real HTTP server standing in for the node's root
 * ({@code HEAD /} answered 200, as Elasticsearch does), a closed port and a port that accepts but
 * never answers.
 */
class ElasticsearchProbeTest {

    private final AtomicInteger probes = new AtomicInteger();
    private final MovingClock clock = new MovingClock();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void a_flood_of_page_requests_makes_one_probe_per_interval() throws Exception {
        ElasticsearchProbe probe = new ElasticsearchProbe(client(node()), clock);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> asks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                asks.add(probe::answers);
            }
            for (Future<Boolean> answer : pool.invokeAll(asks)) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(probes).hasValue(1);

        clock.advance(ElasticsearchProbe.INTERVAL.minusMillis(1));
        assertThat(probe.answers()).isTrue();
        assertThat(probes).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(probe.answers()).isTrue();
        assertThat(probes).hasValue(2);
    }

    @Test
    void a_node_that_is_gone_reads_as_down_and_as_up_once_it_answers_again() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ElasticsearchProbe probe = new ElasticsearchProbe(client(port), clock);
        assertThat(probe.answers()).isFalse();

        node(port);
        // Still the answer of the last probe until the interval is over: a flood makes no probe.
        assertThat(probe.answers()).isFalse();
        clock.advance(ElasticsearchProbe.INTERVAL);
        assertThat(probe.answers()).isTrue();
    }

    @Test
    void a_node_that_accepts_but_does_not_answer_reads_as_down_within_the_timeout() throws Exception {
        // A listening socket that nobody accepts from: the connection is made (the backlog), no answer comes.
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(silent);
        ElasticsearchProbe probe = new ElasticsearchProbe(client(silent.getLocalPort()), clock);

        long start = System.nanoTime();
        assertThat(probe.answers()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ElasticsearchProbe.TIMEOUT.plusSeconds(2));
    }

    @Test
    void a_refused_probe_is_an_answer_and_a_server_error_is_not() throws Exception {
        // A key that may search but not monitor is refused the root; the node is there all the same.
        assertThat(new ElasticsearchProbe(client(node(0, 403)), clock).answers())
                .isTrue();
        // No master yet, or shutting down: the pages could not read either.
        assertThat(new ElasticsearchProbe(client(node(0, 503)), clock).answers())
                .isFalse();
    }

    private int node() throws IOException {
        return node(0);
    }

    private int node(int port) throws IOException {
        return node(port, 200);
    }

    /** The node's root: HEAD / answers with no body, 200 as Elasticsearch does when all is well. */
    private int node(int port, int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            probes.incrementAndGet();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        open.add(() -> server.stop(0));
        return server.getAddress().getPort();
    }

    private RestClient client(int port) {
        RestClient client =
                RestClient.builder(new HttpHost("127.0.0.1", port, "http")).build();
        open.add(client);
        return client;
    }

    /** A clock the test moves by hand. */
    private static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-30T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
