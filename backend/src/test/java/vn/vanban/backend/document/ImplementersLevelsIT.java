package vn.vanban.backend.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.backend.testing.ApiClient.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.vanban.backend.testing.ApiClient;
import vn.vanban.backend.testing.ApiFixture;
import vn.vanban.backend.testing.ApiTest;
import vn.vanban.backend.testing.ApiTestBase;
import vn.vanban.indexer.gazetteer.Gazetteer;

/**
 * {@code /implementers?level=N&size=&after=} and {@code ?depth=N} against the whole tree, over HTTP on
 * the fixture index: for the public (03-CT/TW holds an INTERNAL plan it may not see) and for an
 * official (who sees the whole tree as kept on the graph nodes), and for a directive of the generated
 * corpus.
 */
@ApiTest
class ImplementersLevelsIT extends ApiTestBase {

    private static final String TTG28 = "28/CT-TTg";

    private JsonNode ok(String path, @Nullable String user) {
        ApiClient.Response r = user == null ? api().get(path) : api().get(path, user);
        assertThat(r.status()).as("%s → %s", path, r.text()).isEqualTo(200);
        return r.json();
    }

    /** Every node of the tree: key → "level parent descendants alsoImplements". */
    private static void placements(JsonNode nodes, int level, String parent, Map<String, String> into) {
        for (JsonNode n : nodes) {
            into.put(n.get("key").asText(), describe(n, level, parent));
            placements(n.get("children"), level + 1, n.get("key").asText(), into);
        }
    }

    private static String describe(JsonNode n, int level, String parent) {
        assertThat(n.get("parent").asText()).isEqualTo(parent);
        return level + " " + parent + " " + n.get("descendants").asLong() + " " + n.get("alsoImplements");
    }

    /** Pages of 7 through every level until one is empty. */
    private Map<String, String> pagedByLevel(String path, JsonNode whole, @Nullable String user) {
        Map<String, String> out = new TreeMap<>();
        for (int level = 1; ; level++) {
            String after = null;
            int seen = 0;
            List<String> keys = new ArrayList<>();
            do {
                JsonNode page =
                        ok(path + "?level=" + level + "&size=7" + (after == null ? "" : "&after=" + enc(after)), user);
                assertThat(page.get("level").asInt()).isEqualTo(level);
                assertThat(page.get("total")).isEqualTo(whole.get("total"));
                assertThat(page.get("countsByLevel")).isEqualTo(whole.get("countsByLevel"));
                assertThat(page.get("withoutImplementing")).isEqualTo(whole.get("withoutImplementing"));
                assertThat(page.get("children").size()).isLessThanOrEqualTo(7);
                assertThat(page.get("timeline")).hasSameSizeAs(page.get("children"));
                for (JsonNode n : page.get("children")) {
                    assertThat(n.get("children")).isEmpty();
                    keys.add(n.get("key").asText());
                    out.put(
                            n.get("key").asText(),
                            describe(n, level, n.get("parent").asText()));
                }
                seen += page.get("children").size();
                after = page.get("next").isNull() ? null : page.get("next").asText();
            } while (after != null);
            assertThat(keys)
                    .as("a level is paged by key, each node once")
                    .isSorted()
                    .doesNotHaveDuplicates();
            if (seen == 0) {
                return out;
            }
        }
    }

    private void paging_by_level_gives_the_whole_tree(String key, @Nullable String user) {
        String path = "/api/documents/" + enc(key) + "/implementers";
        JsonNode whole = ok(path, user);
        Map<String, String> tree = new TreeMap<>();
        placements(whole.get("children"), 1, whole.get("root").get("key").asText(), tree);
        assertThat(tree).hasSize(whole.get("total").asInt()).hasSizeGreaterThan(3);
        assertThat(pagedByLevel(path, whole, user)).isEqualTo(tree);

        // The first two levels nest as in the whole tree, with the same counts.
        JsonNode two = ok(path + "?depth=2", user);
        Map<String, String> top = new TreeMap<>();
        placements(two.get("children"), 1, whole.get("root").get("key").asText(), top);
        Map<String, String> expected = new TreeMap<>(tree);
        expected.values().removeIf(v -> Integer.parseInt(v.substring(0, v.indexOf(' '))) > 2);
        assertThat(top).isEqualTo(expected);
        assertThat(two.get("total")).isEqualTo(whole.get("total"));
        assertThat(two.get("countsByLevel")).isEqualTo(whole.get("countsByLevel"));
        assertThat(two.get("timeline")).hasSize(expected.size());
    }

    @Test
    void a_tree_paged_by_level_holds_the_same_nodes_in_the_same_places_as_the_whole_tree() {
        paging_by_level_gives_the_whole_tree(ApiFixture.CT03, null);
    }

    @Test
    void an_official_pages_the_tree_with_the_internal_plan_in_its_place() {
        paging_by_level_gives_the_whole_tree(ApiFixture.CT03, "official");
        JsonNode level1 = ok("/api/documents/" + enc(ApiFixture.CT03) + "/implementers?level=1&size=5000", "official");
        JsonNode publicLevel1 = ok("/api/documents/" + enc(ApiFixture.CT03) + "/implementers?level=1&size=5000", null);
        assertThat(level1.get("total").asLong())
                .isEqualTo(publicLevel1.get("total").asLong() + 1);
        assertThat(publicLevel1.toString()).doesNotContain(ApiFixture.INTERNAL_KEY);
    }

    @Test
    void a_generated_directive_pages_like_its_whole_tree() {
        paging_by_level_gives_the_whole_tree(TTG28, null);
    }

    /**
     * With {@code district=}, the communes without a document at any depth or level are the whole
     * tree's: for the public (whose levels are cut from the tree built whole, an INTERNAL plan being
     * in it) and for an official (whose levels are read from the placements).
     */
    @Test
    void a_districts_communes_without_a_document_are_the_whole_trees_at_any_depth_or_level() {
        String path = "/api/documents/" + enc(ApiFixture.CT03) + "/implementers";
        Gazetteer gazetteer = Gazetteer.standard();
        for (String user : new String[] {null, "official"}) {
            CoveredDistrict chosen = CoveredDistrict.firstIn(ok(path, user), gazetteer);
            String where = "?province=" + enc(chosen.province()) + "&district=" + enc(chosen.district());
            JsonNode whole = ok(path + where, user).get("withoutImplementing");
            assertThat(whole)
                    .as("the district's communes less those with a document")
                    .isNotEmpty()
                    .hasSizeLessThan(gazetteer
                            .communesOf(chosen.province(), chosen.district())
                            .size());
            for (String part : List.of("&depth=1", "&depth=3", "&level=1&size=7", "&level=3&size=5000")) {
                assertThat(ok(path + where + part, user).get("withoutImplementing"))
                        .as("%s%s for %s", where, part, user)
                        .isEqualTo(whole);
            }
        }
    }

    @Test
    void a_page_larger_than_allowed_or_depth_with_level_is_refused() {
        String path = "/api/documents/" + enc(ApiFixture.CT03) + "/implementers";
        assertThat(api().get(path + "?level=1&size=5001").status()).isEqualTo(400);
        assertThat(api().get(path + "?level=0").status()).isEqualTo(400);
        assertThat(api().get(path + "?level=1&depth=1").status()).isEqualTo(400);
    }
}
