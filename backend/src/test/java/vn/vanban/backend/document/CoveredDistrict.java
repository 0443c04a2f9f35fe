package vn.vanban.backend.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.vanban.indexer.gazetteer.Commune;
import vn.vanban.indexer.gazetteer.Gazetteer;

/**
 * A district in which documents of an implementers tree (its JSON, whole) are placed in communes the
 * gazetteer knows: where {@code ?district=} has communes both with and without a document.
 *
 * @param communes the communes of the district with a document of the tree, as the tree names them
 */
record CoveredDistrict(String province, String district, Set<String> communes) {

    /** The first such district of the tree, by province then district name. */
    static CoveredDistrict firstIn(JsonNode tree, Gazetteer gazetteer) {
        Map<String, Set<String>> covered = new TreeMap<>();
        communes(tree.get("children"), covered);
        return covered.entrySet().stream()
                .map(e -> {
                    String[] pd = e.getKey().split("/");
                    return new CoveredDistrict(pd[0], pd[1], Set.copyOf(e.getValue()));
                })
                .filter(d -> gazetteer.communesOf(d.province(), d.district()).stream()
                        .map(Commune::name)
                        .anyMatch(d.communes()::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no commune document of the gazetteer in " + covered));
    }

    /** Communes with a document of the tree, per "province/district" placed by the parser. */
    private static void communes(JsonNode nodes, Map<String, Set<String>> into) {
        for (JsonNode n : nodes) {
            if (!n.get("province").isNull()
                    && !n.get("district").isNull()
                    && !n.get("commune").isNull()) {
                into.computeIfAbsent(
                                n.get("province").asText() + "/"
                                        + n.get("district").asText(),
                                k -> new TreeSet<>())
                        .add(n.get("commune").asText());
            }
            communes(n.get("children"), into);
        }
    }
}
