package vn.vanban.backend.bench;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanban.backend.ApiTestApplication;
import vn.vanban.backend.search.SearchQuery;
import vn.vanban.backend.search.SearchService;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.corpus.CorpusGenerator;
import vn.vanban.indexer.corpus.Format;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.es.LocalNodeSettings;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.graph.GroundTruthReader;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestPipeline;
import vn.vanban.indexer.ingest.IngestSettings;
import vn.vanban.indexer.ingest.Journal;
import vn.vanban.indexer.ingest.TextFacts;

/**
 * {@code /api/search} against the same Elasticsearch queries sent directly, under 16 concurrent
 * clients with a fixed query mix (words, a phrase, numbers, facets, {@code implements=}); and the
 * implementers tree of 03-CT/TW against one search. The generated corpus is loaded once into the
 * alias {@code bench-api} and reused by later runs of the same count.
 *
 * <pre>
 * ./mvnw -B -pl backend -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp "backend/target/test-classes:backend/target/classes:$(cat /tmp/cp.txt)" \
 *     vn.vanban.backend.bench.ApiBenchmark [--count 100000] [--port 9671] [--clients 16] [--rounds 30] [--reuse]
 * </pre>
 */
public final class ApiBenchmark {

    static final String ALIAS = "bench-api";
    private static final String CT03 = "03-CT/TW~tw~2021";

    /** The mix: each a query string of /api/search. */
    static final List<String> MIX = List.of(
            "q=" + enc("tuyên truyền"),
            "q=" + enc("kế hoạch thực hiện chỉ thị"),
            "q=" + enc("cuoc van dong nguoi viet nam"),
            "q=" + enc("\"hàng Việt Nam\""),
            "q=" + enc("tuyên truyền -\"Quảng Ninh\""),
            "q=" + enc("03-CT/TW"),
            "q=" + enc("ct 03"),
            "q=" + enc("chi thi so 28 ttg"),
            "q=" + enc("kế hoạch") + "&type=KH&issuerLevel=COMMUNE",
            "q=" + enc("hướng dẫn") + "&issuerSide=PARTY&year=2022",
            "sort=date&type=KH&province=" + enc("Nghệ An"),
            "q=" + enc("kế hoạch") + "&implements=" + enc(CT03));

    public static void main(String[] args) throws Exception {
        int count = 5_000;
        int port = 9671;
        int clients = 16;
        int rounds = 30;
        boolean reuse = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--reuse" -> reuse = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (EsConnection es = EsConnection.open(
                null, LocalNodeSettings.fromEnvironment().withPort(port), LocalNode.Lifecycle.ATTACHED)) {
            DocumentIndex index = new DocumentIndex(es.client(), ALIAS);
            count = reuse ? reused(index) : load(index, count, es.endpoint().url());
            ConfigurableApplicationContext app = new SpringApplication(ApiTestApplication.class)
                    .run(
                            "--server.port=0",
                            "--vanban.elasticsearch.url=" + es.endpoint().url(),
                            "--vanban.index.alias=" + ALIAS,
                            // 16 clients from one address measure the API, not the public rate limit.
                            "--vanban.security.rate-limit.requests=1000000",
                            "--logging.level.root=WARN");
            try {
                String api = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
                SearchService service = app.getBean(SearchService.class);
                ExecutorService httpThreads = Executors.newFixedThreadPool(clients);
                HttpClient http = HttpClient.newBuilder().executor(httpThreads).build();
                // The same Elasticsearch requests the service sends, as JSON, once per query of the mix.
                List<String> direct = new ArrayList<>();
                for (String q : MIX) {
                    SearchRequest request = service.request(query(q), Audience.PUBLIC);
                    direct.add(JsonpUtils.toJsonString(request, es.client()._jsonpMapper()));
                }
                String esSearch = es.endpoint().url() + "/" + ALIAS + "/_search";
                IntFunction<HttpRequest> viaApi =
                        k -> HttpRequest.newBuilder(URI.create(api + "/api/search?" + MIX.get(k)))
                                .GET()
                                .build();
                IntFunction<HttpRequest> viaEs = k -> HttpRequest.newBuilder(URI.create(esSearch))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(direct.get(k)))
                        .build();
                // implements= costs the service one more request than the final search sent directly: the
                // graph's generation (its index mapping), to know whether the descendants it keeps are
                // current; the direct side sends it too, as it is the same work. (Until 2026-11-30 the
                // service read the descendants' ids from the graph index on every request.)
                String graphIndex = Ancestors.graphIndex(ALIAS);
                IntFunction<List<HttpRequest>> directWork = k -> MIX.get(k).contains("implements=")
                        ? List.of(
                                HttpRequest.newBuilder(URI.create(es.endpoint().url() + "/" + graphIndex
                                                + "/_mapping?ignore_unavailable=true&allow_no_indices=true"))
                                        .GET()
                                        .build(),
                                viaEs.apply(k))
                        : List.of(viaEs.apply(k));

                run(http, clients, 2, k -> List.of(viaApi.apply(k))); // warm-up
                run(http, clients, 2, directWork);
                // The sides take turns, a round each, so that a drift of the machine (caches still
                // warming, another process) falls on both alike.
                List<Times> apiRounds = new ArrayList<>();
                List<Times> directRounds = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    apiRounds.add(run(http, clients, 1, k -> List.of(viaApi.apply(k))));
                    directRounds.add(run(http, clients, 1, directWork));
                }
                Times apiRun = Times.merge(apiRounds);
                Times directRun = Times.merge(directRounds);
                long[] apiTimes = apiRun.all();
                long[] esTimes = directRun.all();

                HttpRequest tree = HttpRequest.newBuilder(URI.create(api + "/api/documents/"
                                + URLEncoder.encode(CT03, StandardCharsets.UTF_8)
                                        .replace("+", "%20") + "/implementers"))
                        .GET()
                        .build();
                HttpRequest one = viaApi.apply(0);
                // The tree's own count (a search's total stops at 10 000, a lower bound).
                long descendants = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(http.send(withQuery(tree, "depth=1"), HttpResponse.BodyHandlers.ofString())
                                .body())
                        .get("total")
                        .asLong();
                long[] treeTimes = sequential(http, tree, 20);
                long[] searchTimes = sequential(http, one, 20);
                // What a reader of a large tree asks: its first level (each node with the count under
                // it), or a page of one level.
                long[] depthTimes = sequential(http, withQuery(tree, "depth=1"), 20);
                long[] levelTimes = sequential(http, withQuery(tree, "level=2&size=500"), 20);

                System.out.printf(
                        Locale.ROOT,
                        "%n%s, %d documents, %d clients, %d requests per side, mix of %d queries%n",
                        LocalDate.now(),
                        count,
                        clients,
                        apiTimes.length,
                        MIX.size());
                System.out.println("| what | ours | baseline | ratio | goal |");
                System.out.println("|---|---:|---:|---:|---:|");
                row("/api/search vs the same ES queries, p50", apiTimes, esTimes, 50, 1.3);
                row("/api/search vs the same ES queries, p99", apiTimes, esTimes, 99, 1.3);
                System.out.printf(
                        Locale.ROOT,
                        "| implementers tree of 03-CT/TW (%d descendants) vs one search, median | %.1f ms | %.1f ms | %.2f | ≤ 2 |%n",
                        descendants,
                        pct(treeTimes, 50) / 1e6,
                        pct(searchTimes, 50) / 1e6,
                        (double) pct(treeTimes, 50) / pct(searchTimes, 50));
                System.out.printf(
                        Locale.ROOT,
                        "| implementers of 03-CT/TW, first level (`?depth=1`) vs one search, median | %.1f ms | %.1f ms | %.2f | ≤ 2 |%n",
                        pct(depthTimes, 50) / 1e6,
                        pct(searchTimes, 50) / 1e6,
                        (double) pct(depthTimes, 50) / pct(searchTimes, 50));
                System.out.printf(
                        Locale.ROOT,
                        "| implementers of 03-CT/TW, a page of 500 of the second level (`?level=2&size=500`) vs one search, median | %.1f ms | %.1f ms | %.2f | ≤ 2 |%n",
                        pct(levelTimes, 50) / 1e6,
                        pct(searchTimes, 50) / 1e6,
                        (double) pct(levelTimes, 50) / pct(searchTimes, 50));
                System.out.printf("%nPer query of the mix, under the same load (p50 / p99, ms):%n");
                System.out.println("| query | /api/search | direct | ratio p50 | ratio p99 |");
                System.out.println("|---|---:|---:|---:|---:|");
                for (int k = 0; k < MIX.size(); k++) {
                    long[] a = apiRun.perQuery()[k];
                    long[] d = directRun.perQuery()[k];
                    System.out.printf(
                            Locale.ROOT,
                            "| `%s` | %.0f / %.0f | %.0f / %.0f | %.2f | %.2f |%n",
                            java.net.URLDecoder.decode(MIX.get(k), StandardCharsets.UTF_8),
                            pct(a, 50) / 1e6,
                            pct(a, 99) / 1e6,
                            pct(d, 50) / 1e6,
                            pct(d, 99) / 1e6,
                            (double) pct(a, 50) / pct(d, 50),
                            (double) pct(a, 99) / pct(d, 99));
                }
                httpThreads.shutdownNow(); // its threads would keep the JVM alive
            } finally {
                app.close();
            }
        }
    }

    private static HttpRequest withQuery(HttpRequest request, String query) {
        return HttpRequest.newBuilder(URI.create(request.uri() + "?" + query))
                .GET()
                .build();
    }

    private static void row(String what, long[] ours, long[] base, int p, double goal) {
        double o = pct(ours, p) / 1e6;
        double b = pct(base, p) / 1e6;
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.2f | ≤ %.1f |%n", what, o, b, o / b, goal);
    }

    /**
     * Times of a run: all requests sorted, and per query of the mix (sorted), to tell which query costs
     * what.
     */
    private record Times(long[] all, long[][] perQuery) {

        static Times merge(List<Times> runs) {
            long[][] perQuery = new long[MIX.size()][];
            for (int k = 0; k < MIX.size(); k++) {
                int q = k;
                perQuery[k] = runs.stream()
                        .flatMapToLong(t -> Arrays.stream(t.perQuery()[q]))
                        .sorted()
                        .toArray();
            }
            return new Times(
                    runs.stream()
                            .flatMapToLong(t -> Arrays.stream(t.all()))
                            .sorted()
                            .toArray(),
                    perQuery);
        }
    }

    /** Each client runs every query of the mix {@code rounds} times, starting at its own offset. */
    private static Times run(HttpClient http, int clients, int rounds, IntFunction<List<HttpRequest>> work)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[][]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    long[][] times = new long[MIX.size()][rounds];
                    for (int i = 0; i < rounds * MIX.size(); i++) {
                        int k = (offset + i) % MIX.size();
                        long t = System.nanoTime();
                        for (HttpRequest r : work.apply(k)) {
                            HttpResponse<byte[]> response = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                throw new IllegalStateException(r.uri() + " → " + response.statusCode() + " "
                                        + new String(response.body(), StandardCharsets.UTF_8));
                            }
                        }
                        times[k][i / MIX.size()] = System.nanoTime() - t;
                    }
                    return times;
                }));
            }
            List<Times> clientsTimes = new ArrayList<>();
            for (Future<long[][]> f : futures) {
                long[][] perQuery = f.get();
                clientsTimes.add(new Times(
                        Arrays.stream(perQuery).flatMapToLong(Arrays::stream).toArray(), perQuery));
            }
            return Times.merge(clientsTimes);
        } finally {
            pool.shutdown();
        }
    }

    private static long[] sequential(HttpClient http, HttpRequest request, int times) throws Exception {
        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long[] out = new long[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            out[i] = System.nanoTime() - t;
        }
        Arrays.sort(out);
        return out;
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The same parameters as the controller reads them (the mix uses q, type, level, side, year, province). */
    private static SearchQuery query(String params) {
        Map<String, List<String>> p = new java.util.LinkedHashMap<>();
        for (String kv : params.split("&")) {
            String[] parts = kv.split("=", 2);
            p.computeIfAbsent(parts[0], k -> new ArrayList<>())
                    .add(java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return SearchQuery.builder(p.getOrDefault("q", List.of("")).getFirst())
                .types(p.getOrDefault("type", List.of()))
                .issuerLevels(p.getOrDefault("issuerLevel", List.of()))
                .issuerSides(p.getOrDefault("issuerSide", List.of()))
                .provinces(p.getOrDefault("province", List.of()))
                .years(p.getOrDefault("year", List.of()).stream()
                        .map(Integer::valueOf)
                        .toList())
                .implementsKey(p.getOrDefault("implements", List.of()).stream()
                        .findFirst()
                        .orElse(null))
                .sort(
                        "date".equals(p.getOrDefault("sort", List.of("")).getFirst())
                                ? SearchQuery.Sort.DATE
                                : SearchQuery.Sort.RELEVANCE)
                .build();
    }

    /**
     * {@code --reuse}: the alias as it is (loaded by {@code indexer ingest --alias bench-api} of {@code
     * indexer generate-corpus --seed 7 --formats txt}); its graph rebuilt only if it is marked stale
     * (the ingest's refresh wrote it; rebuilding 100 000 nodes here would also put the refresh's memory
     * in the heap that {@link PublicLoadBenchmark} reports); nothing is generated.
     *
     * @return the documents it holds
     */
    static int reused(DocumentIndex index) throws Exception {
        if (index.currentIndex().isEmpty()) {
            throw new IllegalStateException("--reuse: no index behind " + ALIAS);
        }
        GraphState graph = new GraphState(index, java.time.Clock.systemUTC());
        boolean stale = graph.stale().isPresent();
        graph.rebuildIfStale();
        long documents = index.stats(Audience.PUBLIC).documents();
        System.out.printf(
                Locale.ROOT,
                "reusing %s (%d documents, graph %s)%n",
                ALIAS,
                documents,
                stale ? "rebuilt (it was marked stale)" : "fresh");
        return Math.toIntExact(documents);
    }

    /**
     * Generates and ingests {@code count} documents unless the alias already holds them, all public.
     *
     * @return the documents it holds
     */
    static int load(DocumentIndex index, int count, String url) throws Exception {
        if (index.currentIndex().isPresent() && index.stats(Audience.PUBLIC).documents() >= count) {
            System.out.printf(
                    Locale.ROOT,
                    "reusing %s (%d documents)%n",
                    ALIAS,
                    index.stats(Audience.ADMIN).documents());
            return count;
        }
        var stale = index.currentIndex();
        if (stale.isPresent()) {
            index.client().indices().delete(d -> d.index(stale.get()));
        }
        index.ensureExists();
        Path work = Files.createTempDirectory("vanban-api-bench-");
        Path corpus = work.resolve("corpus");
        long t = System.nanoTime();
        CorpusGenerator.generate(corpus, count, 7, Set.of(Format.TXT));
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        try (Journal journal = Journal.open(work.resolve("journal"), index.instanceId())) {
            new IngestPipeline(
                            index,
                            new GroundTruthReader(),
                            TextFacts.UNKNOWN,
                            new FileStore(work.resolve("store")),
                            journal,
                            IngestSettings.defaults(),
                            url)
                    .run(files);
        }
        new Ancestors(index).refresh();
        index.refresh();
        System.out.printf(Locale.ROOT, "loaded %d documents in %.0f s%n", count, (System.nanoTime() - t) / 1e9);
        return count;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
