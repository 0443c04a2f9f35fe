package vn.vanban.backend.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanban.backend.ApiTestApplication;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.es.LocalNodeSettings;
import vn.vanban.indexer.index.DocumentIndex;

/**
 * N concurrent anonymous (public) clients against {@code /api/search} on 127.0.0.1 for a fixed
 * time, with the query mix of {@link ApiBenchmark} over its generated corpus: p50/p99 of the
 * answered requests, the 429s of the public rate limit (intended), every other error, and the heap
 * of the API's JVM. A command, not a test: bounded to 200 clients, 120 s and 1 000 000 requests,
 * and it only ever calls 127.0.0.1.
 *
 * <pre>
 * java -Xmx512m -cp "backend/target/test-classes:backend/target/classes:$(cat /tmp/api-cp.txt)" \
 *     vn.vanban.backend.bench.PublicLoadBenchmark [--count 3000] [--port 9671] [--clients 50] [--seconds 20]
 *     [--rate-limit 120] [--reuse]
 * </pre>
 *
 * The clients run in the API's JVM (one process to start, nothing listens beyond loopback), so the
 * heap reported is an upper bound of the portal's: the clients' buffers are in it.
 */
public final class PublicLoadBenchmark {

    private static final int MAX_CLIENTS = 200;
    private static final int MAX_SECONDS = 120;
    private static final long MAX_REQUESTS = 1_000_000;

    public static void main(String[] args) throws Exception {
        int count = 3_000;
        int port = 9671;
        int clients = 50;
        int seconds = 20;
        int rateLimit = 0;
        boolean reuse = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Math.min(MAX_CLIENTS, Integer.parseInt(args[++i]));
                case "--seconds" -> seconds = Math.min(MAX_SECONDS, Integer.parseInt(args[++i]));
                case "--rate-limit" -> rateLimit = Integer.parseInt(args[++i]);
                case "--reuse" -> reuse = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (EsConnection es = EsConnection.open(
                null, LocalNodeSettings.fromEnvironment().withPort(port), LocalNode.Lifecycle.ATTACHED)) {
            DocumentIndex index = new DocumentIndex(es.client(), ApiBenchmark.ALIAS);
            count = reuse
                    ? ApiBenchmark.reused(index)
                    : ApiBenchmark.load(index, count, es.endpoint().url());
            List<String> options = new ArrayList<>(List.of(
                    "--server.port=0",
                    "--server.address=127.0.0.1",
                    "--vanban.elasticsearch.url=" + es.endpoint().url(),
                    "--vanban.index.alias=" + ApiBenchmark.ALIAS,
                    "--logging.level.root=WARN"));
            if (rateLimit > 0) {
                options.add("--vanban.security.rate-limit.requests=" + rateLimit);
            }
            ConfigurableApplicationContext app =
                    new SpringApplication(ApiTestApplication.class).run(options.toArray(String[]::new));
            try {
                String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
                run(base, clients, seconds, rateLimit);
            } finally {
                app.close();
            }
        }
    }

    private static void run(String base, int clients, int seconds, int rateLimit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ExecutorService httpThreads = Executors.newFixedThreadPool(Math.max(4, clients / 4));
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(httpThreads)
                .build();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong maxHeap = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong limited = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                long[] times = new long[1024];
                int n = 0;
                for (int i = 0; System.nanoTime() < end && sent.incrementAndGet() <= MAX_REQUESTS; i++) {
                    String q = ApiBenchmark.MIX.get((offset + i) % ApiBenchmark.MIX.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/search?" + q))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t;
                        if (r.statusCode() == 200) {
                            if (n == times.length) {
                                times = Arrays.copyOf(times, n * 2);
                            }
                            times[n++] = took;
                        } else if (r.statusCode() == 429) {
                            limited.incrementAndGet();
                            // A polite client waits as told; the bound on time still holds.
                            long wait = r.headers()
                                    .firstValue("Retry-After")
                                    .map(Long::parseLong)
                                    .orElse(1L);
                            Thread.sleep(Math.min(wait * 1000, Math.max(0, (end - System.nanoTime()) / 1_000_000)));
                        } else {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(r.statusCode() + " " + q);
                            }
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.add(e.toString());
                        }
                    }
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        pool.shutdown();
        httpThreads.shutdown();
        sampler.interrupt();
        long[] ok = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%n| clients | seconds | rate limit / min / client | answered 200 | 429 | other errors | p50 | p99 | max heap used |%n"
                        + "|---|---|---|---|---|---|---|---|---|%n"
                        + "| %d | %d | %s | %d (%.0f/s) | %d | %d | %.1f ms | %.1f ms | %d MB |%n",
                clients,
                seconds,
                rateLimit > 0 ? Integer.toString(rateLimit) : "default",
                ok.length,
                ok.length / (double) seconds,
                limited.get(),
                errors.get(),
                ok.length == 0 ? 0.0 : ApiBenchmark.pct(ok, 50) / 1e6,
                ok.length == 0 ? 0.0 : ApiBenchmark.pct(ok, 99) / 1e6,
                maxHeap.get() / (1024 * 1024));
        firstErrors.forEach(e -> System.out.println("error: " + e));
    }
}
