package vn.vanban.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.corpus.CorpusGenerator;
import vn.vanban.indexer.corpus.Format;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.library.IngestOptions;
import vn.vanban.indexer.library.Library;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * {@code implements=} keeps the descendants of a directive between searches (a directive with 30 000
 * descendants would otherwise cost a read of 30 000 ids on every request), yet answers from the graph
 * as it is after every refresh: documents ingested later, by this process or another, appear.
 */
class DescendantsFilterIT {

    private static final String ALIAS = "it-descendants-filter";
    private static final String ROOT = "03-CT/TW";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void the_kept_filter_is_reused_until_the_graph_changes_and_then_shows_the_new_implementers() throws IOException {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.generate(corpus, 80, 5, Set.of(Format.TXT));
        JsonNode manifest = JSON.readTree(corpus.resolve("manifest.json").toFile());
        List<Path> files = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        for (JsonNode f : manifest.get("chains").get(ROOT)) {
            Path file = corpus.resolve(f.asText());
            files.add(file);
            expected.add(keyOf(file));
        }
        assertThat(files).as("the generator puts plans under %s", ROOT).hasSizeGreaterThan(4);
        // The directive and the first plans now, the others later.
        List<Path> all = new ArrayList<>();
        try (var listing = Files.list(corpus)) {
            listing.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
        }
        List<Path> later = files.subList(files.size() / 2, files.size());
        List<Path> first = all.stream().filter(p -> !later.contains(p)).toList();

        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), ALIAS);
        Library library = new Library(TestElasticsearch.client(), ALIAS);
        IngestOptions options = IngestOptions.defaults(dir.resolve("home"), TestElasticsearch.url())
                .withReaders(1);
        assertThat(library.ingestion().ingest(first, options).graphError()).isNull();
        SearchService search = new SearchService(index, new GraphService(index));

        Set<String> before = implementers(search);
        Set<String> expectedBefore = new HashSet<>(expected);
        later.forEach(p -> expectedBefore.remove(keyOf(p)));
        assertThat(before).isEqualTo(expectedBefore);

        // Reads of the graph index refused: the same search still answers, from the kept filter.
        blockGraphReads(true);
        try {
            assertThat(implementers(search)).isEqualTo(before);
        } finally {
            blockGraphReads(false);
        }

        assertThat(library.ingestion().ingest(later, options).graphError()).isNull();
        assertThat(implementers(search)).as("after the ingest's graph refresh").isEqualTo(expected);

        // A refresh that changes nothing keeps the generation, so the filter is still read from memory.
        new Ancestors(index).refresh();
        blockGraphReads(true);
        try {
            assertThat(implementers(search)).isEqualTo(expected);
        } finally {
            blockGraphReads(false);
        }
    }

    private static Set<String> implementers(SearchService search) {
        SearchResult result = search.search(
                SearchQuery.builder("").implementsKey(ROOT).page(1, 100).build(), Audience.PUBLIC);
        assertThat(result.total()).isLessThan(100);
        Set<String> keys = new HashSet<>();
        result.hits().forEach(h -> keys.add(h.key()));
        return keys;
    }

    private static String keyOf(Path file) {
        String name = file.getFileName().toString();
        Path truth = file.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".expected.json");
        try {
            return JSON.readTree(truth.toFile()).get("key").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void blockGraphReads(boolean block) throws IOException {
        TestElasticsearch.client()
                .indices()
                .putSettings(s -> s.index(Ancestors.graphIndex(ALIAS)).settings(i -> i.blocks(b -> b.read(block))));
    }
}
