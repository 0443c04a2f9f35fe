package vn.vanban.indexer.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code similarity.json}: stop words of administrative prose, words naming a level of
 * government, and the typical plan headings grouped by meaning.
 */
record Vocabulary(
        Set<String> stopWords,
        List<List<String>> levelWords,
        List<List<String>> notLevelWords,
        Map<String, List<String>> headingGroups) {

    static final Vocabulary STANDARD = load();

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("similarity.json")) {
            if (in == null) {
                throw new IllegalStateException("similarity.json is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Set<String> stop = new HashSet<>();
            root.get("stopWords").forEach(n -> stop.add(n.asText()));
            Map<String, List<String>> groups = new LinkedHashMap<>();
            root.get("headingGroups").properties().forEach(e -> {
                List<String> phrases = new ArrayList<>();
                e.getValue().forEach(n -> phrases.add(n.asText()));
                groups.put(e.getKey(), List.copyOf(phrases));
            });
            return new Vocabulary(
                    Set.copyOf(stop), phrases(root.get("levelWords")), phrases(root.get("notLevelWords")), groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> phrases(JsonNode array) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode phrase : array) {
            List<String> words = new ArrayList<>();
            phrase.forEach(w -> words.add(w.asText()));
            out.add(List.copyOf(words));
        }
        // Longest first, so "thành phố" wins over a one-word entry.
        out.sort((a, b) -> b.size() - a.size());
        return List.copyOf(out);
    }
}
