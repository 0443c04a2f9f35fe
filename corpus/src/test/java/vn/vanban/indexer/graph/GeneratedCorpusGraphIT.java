package vn.vanban.indexer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.corpus.CorpusGenerator;
import vn.vanban.indexer.corpus.Format;
import vn.vanban.indexer.extract.Extractors;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.GraphCheck;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.ingest.FileStore;
import vn.vanban.indexer.ingest.IngestPipeline;
import vn.vanban.indexer.ingest.IngestReport;
import vn.vanban.indexer.ingest.IngestSettings;
import vn.vanban.indexer.ingest.Journal;
import vn.vanban.indexer.ingest.RecordingExtractor;
import vn.vanban.indexer.parse.StandardDocumentReader;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * A generated corpus of a few hundred documents, read by the parser as any file is: its citations
 * name issuers the way real ones do (full names, short forms only context resolves, UBND/BTV, old tone
 * placement, "tỉnh" or not), and the graph must still meet the ground truth's canonical keys — the
 * implementers the graph finds are exactly those the manifest lists.
 */
class GeneratedCorpusGraphIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static JsonNode manifest;
    private static Map<String, String> keyOfFile = new HashMap<>();
    private static Set<String> citedKeys = new HashSet<>();
    private static CountingClient counting;
    private static GraphService graph;
    private static DocumentIndex index;

    @BeforeAll
    static void ingestCorpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.generate(corpus, 300, 11, Set.of(Format.TXT));
        manifest = JSON.readTree(corpus.resolve("manifest.json").toFile());
        index = TestIndices.fresh(TestElasticsearch.client(), "it-graph-corpus");
        try (Journal journal = Journal.open(dir.resolve("journal"), index.instanceId())) {
            RecordingExtractor extractor = new RecordingExtractor(Extractors.standard());
            IngestReport report = new IngestPipeline(
                            index,
                            new StandardDocumentReader(extractor),
                            extractor,
                            new FileStore(dir.resolve("store")),
                            journal,
                            IngestSettings.defaults(),
                            TestElasticsearch.url())
                    .run(documents(corpus));
            assertThat(report.allOk()).as("%s", report.files()).isTrue();
        }
        Ancestors.Refresh refresh = new Ancestors(index).refresh();
        assertThat(refresh.removed()).isZero();
        assertThat(refresh.written()).isEqualTo(refresh.nodes());
        for (JsonNode d : manifest.get("documents")) {
            String file = d.get("file").asText();
            JsonNode truth = JSON.readTree(
                    corpus.resolve(file.replace(".txt", ".expected.json")).toFile());
            keyOfFile.put(file, truth.get("key").asText());
            truth.get("citations").forEach(c -> citedKeys.add(c.get("key").asText()));
        }
        counting = new CountingClient();
        graph = new GraphService(counting.client(), index.alias());
    }

    @AfterAll
    static void close() throws Exception {
        counting.close();
    }

    @Test
    void implementers_of_the_directive_are_exactly_those_of_the_manifest() {
        for (String root : List.of("03-CT/TW", "28/CT-TTg")) {
            JsonNode chain = manifest.get("chains").get(root);
            if (chain == null) {
                continue;
            }
            Set<String> expected = new HashSet<>();
            chain.forEach(f -> expected.add(keyOfFile.get(f.asText())));

            counting.take();
            GraphService.Lookup lookup = graph.find(root, Audience.ADMIN);
            assertThat(lookup).isInstanceOf(GraphService.Found.class);
            GraphService.Implementers tree = graph.implementers(((GraphService.Found) lookup).node(), Audience.ADMIN);
            assertThat(counting.take()).as("round trips").isLessThanOrEqualTo(3);

            Set<String> actual = new HashSet<>();
            collect(tree.children(), actual);
            assertThat(actual).as(root).isSubsetOf(expected);
            Set<String> unplaced = new HashSet<>(expected);
            unplaced.removeAll(actual);
            unplaced.forEach(GeneratedCorpusGraphIT::cannotBePlacedAndSaysSo);
            assertThat(unplaced.size()).as("%s: unplaced %s", root, unplaced).isLessThanOrEqualTo(expected.size() / 8);
            assertThat(tree.total()).isEqualTo(actual.size());
            assertThat(tree.countsByLevel().values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(actual.size());
        }
    }

    @Test
    void every_document_and_every_cited_document_is_the_node_of_its_canonical_key() {
        index.refresh();
        assertThat(index.indexed(keyOfFile.values()))
                .containsExactlyInAnyOrderElementsOf(Set.copyOf(keyOfFile.values()));
        List<String> missing =
                citedKeys.stream().filter(k -> index.get(k).isEmpty()).sorted().toList();
        assertThat(missing).as("cited keys without their node").isEmpty();
    }

    @Test
    void the_self_check_finds_no_duplicate_and_no_bare_word_issuer_in_the_generated_corpus() {
        GraphCheck.Report report = index.check();
        assertThat(report.suspectedDuplicates()).isEmpty();
        assertThat(report.bareIssuers()).isEmpty();
    }

    @Test
    void every_chain_of_a_generated_document_ends_at_a_real_directive() {
        Set<String> roots = new HashSet<>();
        manifest.get("roots").forEach(r -> roots.add(r.get("number").asText()));
        int checked = 0;
        int unplaced = 0;
        for (JsonNode d : manifest.get("documents")) {
            if (checked++ % 10 != 0) {
                continue;
            }
            GraphService.Lookup lookup = graph.find(keyOfFile.get(d.get("file").asText()), Audience.ADMIN);
            GraphService.Chain chain = graph.chain(((GraphService.Found) lookup).node(), Audience.ADMIN);
            if (chain.paths().isEmpty()) {
                cannotBePlacedAndSaysSo(keyOfFile.get(d.get("file").asText()));
                unplaced++;
            }
            for (List<GraphNode> path : chain.paths()) {
                GraphNode top = path.getLast();
                assertThat(top.status()).isEqualTo("CITED_ONLY");
                assertThat(roots).contains(top.number());
            }
        }
        assertThat(unplaced).as("documents no context places").isLessThanOrEqualTo(checked / 100);
    }

    /**
     * A commune document whose header names neither its district nor its province ("ỦY BAN NHÂN DÂN /
     * XÃ KIẾN AN", Decree 30/2020/NĐ-CP) and that cites its district's organs by short name only
     * ("của UBND huyện") cannot be placed without a commune gazetteer: by rule its parent citation is
     * AMBIGUOUS (never guessed), not resolved to a wrong organ, and it is missing from the tree.
     */
    @SuppressWarnings("unchecked")
    private static void cannotBePlacedAndSaysSo(String key) {
        Map<String, Object> doc = index.get(key).orElseThrow();
        assertThat(doc.get("district")).as("%s is unplaced", key).isNull();
        List<Map<String, Object>> citations = (List<Map<String, Object>>) doc.get("citations");
        assertThat(citations)
                .as("%s: a citation of its parent is AMBIGUOUS", key)
                .anyMatch(c -> "AMBIGUOUS".equals(c.get("resolution")) || "UNRESOLVED".equals(c.get("resolution")));
    }

    /** The documents only: the ground truth and the manifest beside them are not documents. */
    private static List<Path> documents(Path corpus) throws IOException {
        try (var files = java.nio.file.Files.list(corpus)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static void collect(List<GraphService.TreeNode> nodes, Set<String> into) {
        for (GraphService.TreeNode t : nodes) {
            assertThat(into.add(t.node().key()))
                    .as("%s appears once", t.node().key())
                    .isTrue();
            collect(t.children(), into);
        }
    }
}
