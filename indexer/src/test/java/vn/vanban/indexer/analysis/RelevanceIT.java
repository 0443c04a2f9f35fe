package vn.vanban.indexer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.indexer.analysis.AnalysisIndex.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * Mean reciprocal rank (MRR@10) of a query set written for the project ({@code
 * relevance-queries.tsv}) over the seed plans and the Gazette texts, for an index analysed with
 * {@code vietnamese} and one analysed with Lucene's {@code standard}, on the real node. Prints the
 * table; ours must reach 0.9 and beat standard.
 */
class RelevanceIT {

    private static final String QUERIES = "/vn/vanban/indexer/analysis/relevance-queries.tsv";
    private static final int TOP = 10;

    record RelevanceQuery(String text, Set<String> expected, String note) {}

    @Test
    void vietnamese_analysis_ranks_the_expected_documents_first_and_beats_standard() throws IOException {
        Path shared = Path.of(System.getProperty("shared.dir", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus/congbao")), "skipped: ../shared not found");
        Map<String, String> documents = documents(shared);
        List<RelevanceQuery> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(30);

        try (AnalysisIndex ours = AnalysisIndex.create(
                        "test-relevance-vietnamese",
                        AnalysisIndex.contentMapping(
                                "vietnamese",
                                "vietnamese_search",
                                Map.of("exact", "vietnamese_exact", "shingles", "vietnamese_shingle")));
                AnalysisIndex standard = AnalysisIndex.create(
                        "test-relevance-standard", AnalysisIndex.contentMapping("standard", "standard", Map.of()))) {
            bulk(ours, documents);
            bulk(standard, documents);

            List<Strategy> strategies = List.of(
                    new Strategy("standard", standard, Map.of("content", 1.0)),
                    new Strategy("vietnamese, syllables only", ours, Map.of("content", 1.0)),
                    new Strategy("+ exact", ours, Map.of("content", 1.0, "content.exact", 1.0)),
                    new Strategy(
                            "+ exact + shingles",
                            ours,
                            Map.of("content", 1.0, "content.exact", 1.0, "content.shingles", 1.0)),
                    new Strategy(
                            "+ exact + shingles + phrase",
                            ours,
                            Map.of(
                                    "content",
                                    1.0,
                                    "content.exact",
                                    1.0,
                                    "content.shingles",
                                    1.0,
                                    PHRASE + "content",
                                    1.0)));
            double[] sums = new double[strategies.size()];
            StringBuilder table = new StringBuilder();
            table.append(String.format(
                    "%nRelevance, %s: %d queries, %d documents, rank of the first expected document (— = not in top %d)%n",
                    LocalDate.now(), queries.size(), documents.size(), TOP));
            table.append("| query | what |");
            strategies.forEach(st -> table.append(' ').append(st.name()).append(" |"));
            table.append("\n|---|---|");
            strategies.forEach(st -> table.append("---:|"));
            table.append('\n');
            for (RelevanceQuery query : queries) {
                table.append("| ")
                        .append(query.text())
                        .append(" | ")
                        .append(query.note())
                        .append(" |");
                for (int k = 0; k < strategies.size(); k++) {
                    int rank = rank(strategies.get(k), query);
                    sums[k] += rank > 0 ? 1.0 / rank : 0;
                    table.append(' ').append(show(rank)).append(" |");
                }
                table.append('\n');
            }
            table.append("| **MRR@").append(TOP).append("** | |");
            for (double sum : sums) {
                table.append(String.format(" **%.3f** |", sum / queries.size()));
            }
            table.append('\n');
            System.out.println(table);
            for (RelevanceQuery query : queries) {
                List<String> top = top(strategies.get(CHOSEN), query, 3);
                if (!query.expected().contains(top.isEmpty() ? "" : top.get(0))) {
                    System.out.printf("not first with the chosen strategy: %s -> %s%n", query.text(), top);
                }
            }
            double standardMrr = sums[0] / queries.size();
            double oursMrr = sums[CHOSEN] / queries.size();

            assertThat(oursMrr).as("MRR@10 with vietnamese").isGreaterThanOrEqualTo(0.9);
            assertThat(oursMrr).as("vietnamese vs standard").isGreaterThan(standardMrr);
        }
    }

    private static String show(int rank) {
        return rank > 0 ? String.valueOf(rank) : "—";
    }

    /** A way to query an index: fields and their boosts, summed in a bool query. */
    /** A way to query an index: fields (a {@link #PHRASE} prefix for a phrase clause) and boosts. */
    record Strategy(String name, AnalysisIndex index, Map<String, Double> fields) {}

    private static final String PHRASE = "phrase:";

    /**
     * The strategy the portal's search should use (see the plugin README): folded syllables, the
     * exact spelling, syllable bigrams, and a sloppy phrase, because a Vietnamese word is several
     * syllables and a title is a phrase.
     */
    private static final int CHOSEN = 4;

    /** The 1-based rank of the first expected document in the top ten, 0 when none is there. */
    private static int rank(Strategy strategy, RelevanceQuery query) throws IOException {
        List<String> ids = top(strategy, query, TOP);
        for (int i = 0; i < ids.size(); i++) {
            if (query.expected().contains(ids.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<String> top(Strategy strategy, RelevanceQuery query, int size) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("size", size);
        var should = body.putObject("query").putObject("bool").putArray("should");
        for (Map.Entry<String, Double> field : strategy.fields().entrySet()) {
            String name = field.getKey();
            if (name.startsWith(PHRASE)) {
                should.addObject()
                        .putObject("match_phrase")
                        .putObject(name.substring(PHRASE.length()))
                        .put("query", query.text())
                        .put("slop", 2)
                        .put("boost", field.getValue());
            } else {
                should.addObject()
                        .putObject("match")
                        .putObject(name)
                        .put("query", query.text())
                        .put("boost", field.getValue());
            }
        }
        body.putArray("_source").add("file");
        List<String> ids = new ArrayList<>();
        strategy.index()
                .search(body)
                .path("hits")
                .path("hits")
                .forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    private static List<RelevanceQuery> queries() throws IOException {
        List<RelevanceQuery> queries = new ArrayList<>();
        try (InputStream in = RelevanceIT.class.getResourceAsStream(QUERIES)) {
            if (in == null) {
                throw new IllegalStateException(QUERIES + " is not on the classpath");
            }
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 3) {
                    throw new IllegalStateException(QUERIES + " line " + number + ": expected 3 tab-separated columns");
                }
                String text = columns[0];
                // A query the test sends decomposed, as text pasted from some PDFs arrives.
                if (text.startsWith("NFD:")) {
                    text = Normalizer.normalize(text.substring(4), Normalizer.Form.NFD);
                }
                queries.add(new RelevanceQuery(text, Set.of(columns[1].split(",")), columns[2]));
            }
        }
        return queries;
    }

    /** Id → text of the seeds and the Gazette texts. */
    private static Map<String, String> documents(Path shared) throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String root : List.of("seeds", "corpus/congbao")) {
            Path dir = shared.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    String relative = dir.relativize(file).toString().replace('\\', '/');
                    String id = (root.equals("seeds") ? "seeds/" : "") + relative.substring(0, relative.length() - 4);
                    documents.put(id, Files.readString(file));
                }
            }
        }
        return documents;
    }

    private static void bulk(AnalysisIndex index, Map<String, String> documents) throws IOException {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> document : documents.entrySet()) {
            ObjectNode action = JSON.createObjectNode();
            action.putObject("index").put("_index", index.name).put("_id", document.getKey());
            body.append(JSON.writeValueAsString(action)).append('\n');
            body.append(JSON.writeValueAsString(JSON.createObjectNode()
                            .put("file", document.getKey())
                            .put("content", document.getValue())))
                    .append('\n');
            if (body.length() > 4_000_000) {
                send(body);
            }
        }
        send(body);
        index.refresh();
    }

    private static void send(StringBuilder body) throws IOException {
        if (body.isEmpty()) {
            return;
        }
        Request request = new Request("POST", "/_bulk");
        request.setJsonEntity(body.toString());
        JsonNode response = JSON.readTree(TestElasticsearch.connection()
                .restClient()
                .performRequest(request)
                .getEntity()
                .getContent());
        if (response.path("errors").asBoolean()) {
            throw new IllegalStateException(
                    "bulk indexing failed: " + response.toString().substring(0, 500));
        }
        body.setLength(0);
    }
}
