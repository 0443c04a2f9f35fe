package vn.vanban.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.vanban.indexer.corpus.CorpusGenerator;
import vn.vanban.indexer.corpus.FollowUpScenario;
import vn.vanban.indexer.corpus.Format;
import vn.vanban.indexer.corpus.PlanPairs;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.ingest.FileResult;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestPipeline;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.ingest.IngestSettings;
import vn.vanban.indexer.ingest.Journal;
import vn.vanban.indexer.ingest.RecordingExtractor;
import vn.vanban.indexer.ingest.TextFacts;
import vn.vanban.indexer.parse.StandardDocumentReader;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * What the portal serves in the view and browser tests, built once per JVM on the real node: the
 * seeds, a generated corpus of plans implementing 03-CT/TW and other directives, and a plan pair with
 * known edits (PlanPairs: points carried, changed, missing and added), the follow-up scenario (a
 * province plan whose districts are on time, late or missing) and the {@link TrustDocuments}
 * (hostile text, a chain through an INTERNAL plan), all through the real extraction and parser, so
 * that search finds what a reader types.
 */
final class PortalFixture {

    static final String ALIAS = "it-portal";

    private static PortalFixture built;

    final Path dir;
    final Path store;
    final String upperKey;
    final String lowerKey;
    /** The province plan of the follow-up scenario, whose districts are on time, late or missing. */
    final String followUpKey;
    /** The keys of the {@link TrustDocuments}: hostile text and a chain through an INTERNAL plan. */
    final Trust trust;

    record Trust(String directive, String upper, String lower, String internal, String child) {}

    private PortalFixture(Path dir, String upperKey, String lowerKey, String followUpKey, Trust trust) {
        this.dir = dir;
        this.store = dir.resolve("store");
        this.upperKey = upperKey;
        this.lowerKey = lowerKey;
        this.followUpKey = followUpKey;
        this.trust = trust;
    }

    static synchronized PortalFixture get() {
        if (built == null) {
            try {
                built = build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    private static PortalFixture build() throws IOException {
        ElasticsearchClient client = TestElasticsearch.client();
        DocumentIndex index = TestIndices.fresh(client, ALIAS);
        Path dir = Files.createTempDirectory("vanban-portal-it");
        FileStore store = new FileStore(dir.resolve("store"));
        Path shared = TestElasticsearch.sharedDir()
                .orElseThrow(() -> new IllegalStateException("../shared (seeds) is needed by the portal tests"));

        List<Path> real = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(real::add);
        }
        // A pair where the lower plan carries, changes and drops points of the upper and adds its own.
        PlanPairs.Pair pair = PlanPairs.generate(12, 2026).stream()
                .filter(p -> p.points().stream()
                                        .map(PlanPairs.TruePoint::fate)
                                        .distinct()
                                        .count()
                                == 3
                        && !p.added().isEmpty())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no plan pair with every fate"));
        Path pairs = dir.resolve("pairs");
        PlanPairs.write(pairs, List.of(pair));
        Path upper = pairs.resolve(pair.id() + ".upper.txt");
        Path lower = pairs.resolve(pair.id() + ".lower.txt");
        real.add(upper);
        real.add(lower);
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.generate(corpus, 300, 11, Set.of(Format.TXT));
        try (Stream<Path> files = Files.list(corpus)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(real::add);
        }
        Path followUp = dir.resolve("followup");
        FollowUpScenario.Truth truth = FollowUpScenario.write(followUp, "Quảng Ninh", 7);
        try (Stream<Path> files = Files.list(followUp)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(real::add);
        }
        TrustDocuments.Files4 trust = TrustDocuments.write(dir.resolve("trust"));
        real.addAll(trust.all());
        RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
        IngestReport report =
                ingest(index, dir, "journal", new StandardDocumentReader(extractor), extractor, store, real);
        assertThat(report.count(FileResult.Status.FAILED))
                .as("%s", report.files())
                .isZero();
        String upperKey = keyOf(report, upper);
        String lowerKey = keyOf(report, lower);

        new Ancestors(index).refresh();
        index.refresh();
        Trust trustKeys = new Trust(
                keyOf(report, trust.directive()),
                keyOf(report, trust.upper()),
                keyOf(report, trust.lower()),
                keyOf(report, trust.internal()),
                keyOf(report, trust.child()));
        return new PortalFixture(dir, upperKey, lowerKey, truth.planKey(), trustKeys);
    }

    private static String keyOf(IngestReport report, Path file) {
        return report.files().stream()
                .filter(f -> f.path().endsWith(file.getFileName().toString()))
                .map(FileResult::key)
                .filter(k -> k != null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(file + " was not indexed: " + report.files()));
    }

    private static IngestReport ingest(
            DocumentIndex index,
            Path dir,
            String journalName,
            vn.vanban.indexer.document.DocumentReader reader,
            TextFacts facts,
            FileStore store,
            List<Path> paths) {
        try (Journal journal = Journal.open(dir.resolve(journalName), index.instanceId())) {
            return new IngestPipeline(
                            index, reader, facts, store, journal, IngestSettings.defaults(), TestElasticsearch.url())
                    .run(paths);
        }
    }
}
