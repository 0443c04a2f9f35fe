package vn.vanban.backend.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.backend.testing.ApiClient.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.vanban.backend.testing.ApiClient;
import vn.vanban.backend.testing.ApiFixture;
import vn.vanban.backend.testing.ApiTest;
import vn.vanban.backend.testing.ApiTestBase;

/** {@code GET /api/compare?keys=A,B[,C]} over HTTP against the fixture index on the real node. */
@ApiTest
class CompareApiIT extends ApiTestBase {

    private String keyOf(String number) {
        for (JsonNode h : api().get("/api/search?q=" + enc(number)).json().get("hits")) {
            if (h.get("number").asText().equals(number)) {
                return h.get("key").asText();
            }
        }
        throw new AssertionError(number + " not found");
    }

    private static String label(JsonNode cell) {
        return cell.isNull() ? "-" : cell.get("label").asText();
    }

    @Test
    void the_two_seeds_compare_with_sections_I_II_the_second_II_as_III_and_IV() {
        String anGiang = keyOf("35-KH/ĐUK");
        String camPha = keyOf("197/KH-UBND");

        ApiClient.Response r = api().get("/api/compare?keys=" + enc(anGiang) + "," + enc(camPha));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode c = r.json();
        assertThat(c.properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("documents", "similarity", "sections", "pairs", "coverage", "added");
        List<String> numbers = new ArrayList<>();
        c.get("documents").forEach(d -> numbers.add(d.get("number").asText()));
        assertThat(numbers).containsExactly("35-KH/ĐUK", "197/KH-UBND");
        assertThat(c.get("documents").get(1).get("key").asText()).isEqualTo(camPha);
        assertThat(c.get("documents").get(0).get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        List<String> rows = new ArrayList<>();
        c.get("sections")
                .forEach(s -> rows.add(label(s.get("cells").get(0)) + "="
                        + label(s.get("cells").get(1))));
        assertThat(rows).containsExactly("I.=I.", "II.=II.", "III.=II.", "IV.=IV.");
        assertThat(c.get("coverage").get(0).get("against").asText()).isEqualTo(camPha);
        assertThat(c.get("coverage").findValuesAsText("status")).isSubsetOf("CARRIED", "CHANGED", "MISSING");
        assertThat(c.get("pairs").get(0).get("diff").get(0).get("op").asText()).isIn("EQUAL", "INSERT", "DELETE");
    }

    @Test
    void an_internal_document_is_not_found_for_the_public_and_compared_for_officials() {
        // 03-CT/TW itself is only cited in the fixture; the INTERNAL notice is compared with a seed.
        String path = "/api/compare?keys=" + enc(keyOf("35-KH/ĐUK")) + "," + enc(ApiFixture.INTERNAL_KEY);

        ApiClient.Response forPublic = api().get(path);
        ApiClient.Response forOfficial = api().get(path, "official");

        assertThat(forPublic.status()).isEqualTo(404);
        assertThat(forPublic.contentType()).startsWith("application/problem+json");
        assertThat(forPublic.text()).doesNotContain(ApiFixture.INTERNAL_WORDS);
        assertThat(forOfficial.status()).as(forOfficial.text()).isEqualTo(200);
    }

    @Test
    void an_unknown_key_is_404_problem_details() {
        ApiClient.Response r =
                api().get("/api/compare?keys=" + enc(ApiFixture.CT03) + "," + enc("99-XX/YY~khong-co~1900"));

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("type").asText()).isEqualTo("/api/problems/document-not-found");
    }

    @Test
    void a_number_several_documents_carry_is_409_with_its_candidates() {
        // Generated communes number their plans alike: a number with several keys.
        Map<String, TreeSet<String>> keysByNumber = new TreeMap<>();
        fixture()
                .keyOfFile
                .values()
                .forEach(k -> keysByNumber
                        .computeIfAbsent(k.substring(0, k.indexOf('~')), n -> new TreeSet<>())
                        .add(k));
        Map.Entry<String, TreeSet<String>> shared = keysByNumber.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the generated corpus has no shared number"));

        ApiClient.Response r = api().get("/api/compare?keys=" + enc(keyOf("35-KH/ĐUK")) + "," + enc(shared.getKey()));

        assertThat(r.status()).as(r.text()).isEqualTo(409);
        List<String> candidates = new ArrayList<>();
        r.json().get("candidates").forEach(k -> candidates.add(k.asText()));
        assertThat(candidates).containsAll(shared.getValue());
    }

    @Test
    void one_key_or_four_keys_are_400_problem_details() {
        for (String keys :
                List.of(enc(ApiFixture.CT03), String.join(",", enc("a"), enc("b"), enc("c"), enc(ApiFixture.CT03)))) {
            ApiClient.Response r = api().get("/api/compare?keys=" + keys);
            assertThat(r.status()).as(keys).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(api().get("/api/compare").status()).isEqualTo(400);
    }
}
