package vn.vanban.indexer.ingest;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.cli.IndexerCli;
import vn.vanban.indexer.document.DocumentReader;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.es.LocalNodeSettings;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.index.CitationResolver;
import vn.vanban.indexer.index.CitedOnlyNode;
import vn.vanban.indexer.index.CitedOnlyNodes;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.DocumentKey;
import vn.vanban.indexer.index.DocumentSource;
import vn.vanban.indexer.index.ResolvedCitation;
import vn.vanban.indexer.index.SourceFile;
import vn.vanban.indexer.index.StoredCitation;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.parse.StandardDocumentReader;

/**
 * End-to-end ingestion against its two halves, measured in one run on the same generated corpus:
 *
 * <ol>
 *   <li>extraction + parsing alone (the reader on every file, one thread per core);
 *   <li>bulk-indexing the prepared JSON alone (a BulkIngester fed from memory);
 *   <li>end to end ({@link IngestPipeline}).
 * </ol>
 *
 * The ratio end-to-end ÷ min(1, 2) says how well reading and writing overlap (goal ≥ 0.8).
 *
 * <pre>
 * ./mvnw -B -pl indexer-cli -am package -DskipTests
 * java -cp "indexer-cli/target/indexer.jar:indexer-cli/target/test-classes" \
 *     vn.vanban.indexer.ingest.IngestBenchmark \
 *     [--count 10000] [--port 9661] [--corpus DIR]
 * </pre>
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        int count = 10_000;
        int port = 9661;
        Path corpus = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[i + 1]);
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--corpus" -> corpus = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("vanban-bench-");
        if (corpus == null) {
            corpus = work.resolve("corpus");
            long t = System.nanoTime();
            int rc = IndexerCli.run("generate-corpus", "--out", corpus.toString(), "--count", Integer.toString(count));
            if (rc != 0) {
                throw new IllegalStateException("generate-corpus failed with exit code " + rc);
            }
            System.out.printf(Locale.ROOT, "generated %d documents in %.1f s%n", count, (System.nanoTime() - t) / 1e9);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(IngestBenchmark::isDocument)
                    .sorted()
                    .toList();
        }
        LocalNodeSettings settings = LocalNodeSettings.fromEnvironment().withPort(port);
        try (EsConnection es = EsConnection.open(null, settings, LocalNode.Lifecycle.ATTACHED)) {
            int readers = Runtime.getRuntime().availableProcessors();

            // 1. Extraction + parsing alone.
            DocumentReader reader = new StandardDocumentReader(Extractors.standard());
            reader.read(files.get(0)); // load Tika once, as the pipeline's first file does
            ConcurrentLinkedQueue<ParsedDocument> parsed = new ConcurrentLinkedQueue<>();
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(readers);
            for (Path f : files) {
                pool.execute(() -> parsed.add(reader.read(f)));
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
            double readSeconds = (System.nanoTime() - t0) / 1e9;
            long ok =
                    parsed.stream().filter(p -> p.status() == DocumentStatus.OK).count();

            // 2. Bulk-indexing the prepared JSON alone (resolution done beforehand, not timed).
            DocumentIndex bulkIndex = TestIndices.fresh(es.client(), "bench-bulk");
            CitationResolver resolver = new CitationResolver(bulkIndex);
            List<Map<String, Object>> prepared = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (ParsedDocument p : parsed) {
                if (p.status() != DocumentStatus.OK) {
                    continue;
                }
                DocumentKey key = DocumentKey.of(p.number(), p.issuer(), p.date())
                        .orElseGet(() -> DocumentKey.ofContent(p.text()));
                List<ResolvedCitation> resolved = resolver.resolve(p);
                SourceFile sf = new SourceFile(p.file(), p.file(), "0", 0, "text/plain", false, "0");
                List<StoredCitation> citations = StoredCitation.of(resolved);
                prepared.add(new com.fasterxml.jackson.databind.ObjectMapper()
                        .convertValue(
                                DocumentSource.indexed(key, p, citations, sf, Visibility.PUBLIC, Instant.now()),
                                Map.class));
                ids.add(key.value());
                for (CitedOnlyNode node : CitedOnlyNodes.of(p.text(), key.value(), citations, Visibility.PUBLIC)) {
                    prepared.add(new com.fasterxml.jackson.databind.ObjectMapper().convertValue(node, Map.class));
                    ids.add(node.key());
                }
            }
            AtomicLong failures = new AtomicLong();
            long t1 = System.nanoTime();
            try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(es.client())
                    .maxOperations(500)
                    .maxSize(5L << 20)
                    .maxConcurrentRequests(2)
                    .flushInterval(500, TimeUnit.MILLISECONDS)
                    .listener(new BulkListener<Void>() {
                        @Override
                        public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {}

                        @Override
                        public void afterBulk(
                                long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
                            response.items().stream()
                                    .filter(i -> i.error() != null && i.status() != 409)
                                    .forEach(i -> failures.incrementAndGet());
                        }

                        @Override
                        public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
                            failures.addAndGet(contexts.size());
                        }
                    }))) {
                for (int i = 0; i < prepared.size(); i++) {
                    Map<String, Object> doc = prepared.get(i);
                    String id = ids.get(i);
                    ingester.add(op ->
                            op.create(c -> c.index(bulkIndex.alias()).id(id).document(doc)));
                }
            }
            double bulkSeconds = (System.nanoTime() - t1) / 1e9;

            // 3. End to end.
            DocumentIndex e2eIndex = TestIndices.fresh(es.client(), "bench-e2e");
            RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
            IngestReport report;
            long t2 = System.nanoTime();
            try (Journal journal = Journal.open(work.resolve("journal"), e2eIndex.instanceId())) {
                report = new IngestPipeline(
                                e2eIndex,
                                new StandardDocumentReader(extractor),
                                extractor,
                                new FileStore(work.resolve("store")),
                                journal,
                                IngestSettings.defaults().withGiveUpAfter(Duration.ofSeconds(60)),
                                es.endpoint().url())
                        .run(files);
            }
            double e2eSeconds = (System.nanoTime() - t2) / 1e9;

            double readRate = files.size() / readSeconds;
            double bulkRate = ok / bulkSeconds;
            double e2eRate = files.size() / e2eSeconds;
            System.out.printf(
                    Locale.ROOT,
                    "%n%-44s %10s %10s %12s%n",
                    "stage (" + files.size() + " files, " + readers + " cores)",
                    "seconds",
                    "docs/s",
                    "ratio");
            System.out.printf(
                    Locale.ROOT, "%-44s %10.1f %10.1f %12s%n", "extraction + parsing alone", readSeconds, readRate, "");
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %10.1f %10.1f %12s%n",
                    "bulk-indexing the prepared JSON alone",
                    bulkSeconds,
                    bulkRate,
                    "");
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %10.1f %10.1f %12.2f%n",
                    "end to end (IngestPipeline)",
                    e2eSeconds,
                    e2eRate,
                    e2eRate / Math.min(readRate, bulkRate));
            System.out.printf(
                    Locale.ROOT,
                    "(parsed OK: %d; bulk failures: %d; end-to-end: %d indexed, %d failed)%n",
                    ok,
                    failures.get(),
                    report.count(FileResult.Status.INDEXED),
                    report.count(FileResult.Status.FAILED));
        }
    }

    private static boolean isDocument(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".pdf") || n.endsWith(".docx") || n.endsWith(".doc");
    }

    private IngestBenchmark() {}
}
