package vn.vanban.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.backend.testing.ApiClient.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.backend.testing.ApiClient;
import vn.vanban.backend.testing.ApiFixture;
import vn.vanban.backend.testing.ApiTest;
import vn.vanban.backend.testing.ApiTestBase;

/** {@code /api/search} and {@code /api/suggest} over HTTP against the fixture index on the real node. */
@ApiTest
class SearchApiIT extends ApiTestBase {

    private JsonNode search(String query) {
        ApiClient.Response r = api().get("/api/search?" + query);
        assertThat(r.status()).as("%s → %s", query, r.text()).isEqualTo(200);
        return r.json();
    }

    private static List<String> keys(JsonNode result) {
        List<String> keys = new ArrayList<>();
        result.get("hits").forEach(h -> keys.add(h.get("key").asText()));
        return keys;
    }

    @Test
    void each_spelling_of_the_directive_number_finds_it_first() {
        for (String q : List.of(
                "03-CT/TW",
                "03/CT-TW",
                "03 CT TW",
                "ct 03",
                "chỉ thị 03",
                "chi thi so 03",
                "CT03",
                "Chỉ thị số 03-CT/TW")) {
            JsonNode result = search("q=" + enc(q));
            assertThat(keys(result)).as(q).isNotEmpty();
            assertThat(keys(result).getFirst()).as(q).isEqualTo(ApiFixture.CT03);
        }
    }

    @Test
    void a_state_plan_number_typed_loosely_finds_the_plan_first() {
        for (String q : List.of("kh 197 ubnd", "197/KH-UBND", "Số: 197 /KH-UBND", "KH197")) {
            JsonNode first = search("q=" + enc(q)).get("hits").get(0);
            assertThat(first.get("number").asText()).as(q).isEqualTo("197/KH-UBND");
            assertThat(first.get("issuer").asText()).as(q).contains("Cẩm Phả");
        }
    }

    @Test
    void a_query_that_is_only_a_number_lists_its_candidates_not_the_documents_mentioning_it() {
        JsonNode result = search("q=" + enc("03-CT/TW") + "&size=100");
        assertThat(result.get("total").asLong()).isLessThan(20);
        result.get("hits")
                .forEach(h -> assertThat(h.get("number").asText())
                        .as("every hit carries the number")
                        .matches("0*3[-/].*CT.*"));
        // The same words among other words search the text: the documents citing the directive.
        assertThat(search("q=" + enc("thực hiện Chỉ thị 03-CT/TW")).get("total").asLong())
                .isGreaterThan(20);
    }

    /** Every key a query finds, walking the pages in date order (stable, unlike near-tie scores). */
    private Set<String> all(String q) {
        Set<String> found = new HashSet<>();
        String after = null;
        do {
            JsonNode page =
                    search("q=" + enc(q) + "&sort=date&size=100" + (after == null ? "" : "&after=" + enc(after)));
            found.addAll(keys(page));
            after = page.get("next").isNull() ? null : page.get("next").asText();
        } while (after != null);
        return found;
    }

    @Test
    void accentless_and_decomposed_queries_find_what_the_accented_query_finds() {
        for (String accented : List.of("tuyên truyền hàng Việt Nam", "Thành ủy Cẩm Phả", "chỉ thị của Ban Bí thư")) {
            Set<String> a = all(accented);
            assertThat(a).as(accented).isNotEmpty();
            assertThat(all(Normalizer.normalize(accented, Normalizer.Form.NFD)))
                    .as("NFD " + accented)
                    .isEqualTo(a);
            String folded = VietnameseText.fold(accented);
            assertThat(folded).isNotEqualTo(accented);
            assertThat(all(folded)).as(folded).isEqualTo(a);
        }
    }

    @Test
    void an_abbreviation_finds_the_documents_that_spell_the_name_out() {
        Set<String> spelled = all("\"ủy ban nhân dân\"");
        Set<String> abbreviated = all("UBND");
        assertThat(spelled).isNotEmpty();
        assertThat(abbreviated).containsAll(spelled);
    }

    @Test
    void the_exact_spelling_ranks_above_an_accentless_match() {
        // "Cẩm Phả" typed with accents: the documents that print it come before those that only fold to it.
        JsonNode result = search("q=" + enc("Cẩm Phả") + "&size=5");
        assertThat(result.get("hits").get(0).toString()).contains("Cẩm Phả");
    }

    @Test
    void phrases_exclusions_and_or_are_understood() {
        long both = search("q=" + enc("Cẩm Phả")).get("total").asLong();
        long without = search("q=" + enc("Cẩm Phả -\"Cẩm Trung\"")).get("total").asLong();
        long phrase = search("q=" + enc("\"thành phố Cẩm Phả\"")).get("total").asLong();
        long either =
                search("q=" + enc("\"Cẩm Phả\" OR \"An Giang\"")).get("total").asLong();
        long anGiang = search("q=" + enc("\"An Giang\"")).get("total").asLong();
        assertThat(without).isLessThanOrEqualTo(both);
        assertThat(phrase).isPositive().isLessThanOrEqualTo(both);
        assertThat(either).isGreaterThanOrEqualTo(Math.max(both, anGiang)).isPositive();
    }

    @Test
    void implements_returns_exactly_the_documents_the_generator_put_under_the_directive() {
        ApiFixture fixture = fixture();
        JsonNode roots = fixture.manifest.get("chains");
        int checked = 0;
        for (String root : List.of("03-CT/TW", "28/CT-TTg")) {
            JsonNode chain = roots.get(root);
            if (chain == null) {
                continue;
            }
            Set<String> expected = new HashSet<>();
            chain.forEach(f -> expected.add(fixture.keyOfFile.get(f.asText())));
            Set<String> generated = new HashSet<>(fixture.keyOfFile.values());
            Set<String> found = new HashSet<>();
            String after = null;
            do {
                JsonNode page = search("implements=" + enc(root) + "&size=100&sort=date"
                        + (after == null ? "" : "&after=" + enc(after)));
                for (String k : keys(page)) {
                    assertThat(found.add(k)).as("%s once", k).isTrue();
                }
                after = page.get("next").isNull() ? null : page.get("next").asText();
            } while (after != null);
            Set<String> foundGenerated = new HashSet<>(found);
            foundGenerated.retainAll(generated);
            assertThat(foundGenerated).as(root).isEqualTo(expected);
            // The rest come from the seeds and fixtures, and each of them reaches the root.
            for (String other : found) {
                if (!generated.contains(other)) {
                    JsonNode paths = api().get("/api/documents/" + enc(other) + "/chain")
                            .json()
                            .get("paths");
                    assertThat(paths.toString()).as(other).contains("\"number\":\"" + root + "\"");
                }
            }
            assertThat(found).doesNotContain(ApiFixture.INTERNAL_KEY);
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void an_internal_document_is_found_by_an_official_and_never_by_the_public() {
        String q = "q=" + enc(ApiFixture.INTERNAL_WORDS);
        assertThat(keys(search(q))).doesNotContain(ApiFixture.INTERNAL_KEY);
        assertThat(search("q=" + enc("88-TB/VPTU")).get("total").asLong()).isZero();
        assertThat(search("implements=" + enc(ApiFixture.CT03) + "&size=100&q=" + enc("hội nghị kín"))
                        .get("total")
                        .asLong())
                .isZero();
        JsonNode official = api().get("/api/search?" + q, "official").json();
        assertThat(keys(official)).contains(ApiFixture.INTERNAL_KEY);
        assertThat(api().get("/api/suggest?q=" + enc("88-TB"), null).text()).doesNotContain("VPTU");
    }

    @Test
    void a_highlight_of_a_document_holding_a_script_tag_comes_back_escaped() {
        JsonNode hit = search("q=" + enc(ApiFixture.SCRIPT_WORD + " đoạn mã"))
                .get("hits")
                .get(0);
        String highlights = hit.get("highlights").toString();
        assertThat(highlights).contains("<mark>").contains("&lt;script&gt;").doesNotContain("<script");
    }

    @Test
    void filters_narrow_and_each_facet_counts_under_the_other_filters() {
        JsonNode plans = search("type=KH&size=100");
        plans.get("hits").forEach(h -> assertThat(h.get("type").asText()).isEqualTo("KH"));
        long khCount = 0;
        for (JsonNode b : plans.get("facets").get("type")) {
            if (b.get("value").asText().equals("KH")) {
                khCount = b.get("count").asLong();
            }
        }
        assertThat(khCount).isEqualTo(plans.get("total").asLong());
        assertThat(plans.get("facets").get("type").size())
                .as("other types still offered")
                .isGreaterThan(1);
        JsonNode narrowed = search("type=KH&issuerLevel=COMMUNE&year=2022&size=100");
        narrowed.get("hits").forEach(h -> {
            assertThat(h.get("issuerLevel").asText()).isEqualTo("COMMUNE");
            assertThat(h.get("date").asText()).startsWith("2022");
        });
        JsonNode dated = search("from=2022-01-01&to=2022-06-30&size=100");
        dated.get("hits").forEach(h -> assertThat(h.get("date").asText()).isBetween("2022-01-01", "2022-06-30"));
        assertThat(search("status=CITED_ONLY&size=5")
                        .get("hits")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("CITED_ONLY");
        assertThat(plans.get("facets").fieldNames())
                .toIterable()
                .containsExactly("type", "issuer", "issuerSide", "issuerLevel", "province", "year", "status");
    }

    @Test
    void date_order_with_the_next_cursor_walks_every_document_once() {
        Set<String> seen = new HashSet<>();
        String last = "9999";
        String after = null;
        long total = -1;
        do {
            JsonNode page = search(
                    "q=" + enc("kế hoạch") + "&sort=date&size=40" + (after == null ? "" : "&after=" + enc(after)));
            total = page.get("total").asLong();
            assertThat(page.get("totalIsLowerBound").asBoolean()).isFalse();
            for (JsonNode h : page.get("hits")) {
                assertThat(seen.add(h.get("key").asText())).isTrue();
                String date = h.get("date").isNull() ? "" : h.get("date").asText();
                if (!date.isEmpty()) {
                    assertThat(date).isLessThanOrEqualTo(last);
                    last = date;
                }
            }
            after = page.get("next").isNull() ? null : page.get("next").asText();
        } while (after != null);
        assertThat((long) seen.size()).isEqualTo(total).isGreaterThan(40);
    }

    @Test
    void malformed_queries_oversize_pages_and_bad_parameters_answer_problem_details() {
        for (String bad : List.of(
                "q=" + enc("\"chưa đóng"),
                "q=" + enc("OR kế hoạch"),
                "q=" + enc("kế hoạch OR"),
                "q=" + enc("kế hoạch -"),
                "q=" + enc("-chỉ -thị"),
                "size=1000",
                "size=0",
                "page=600&size=20",
                "sort=oldest",
                "year=hai-nghin",
                "from=2022-13-45",
                "after=" + enc("not-a-cursor"))) {
            ApiClient.Response r = api().get("/api/search?" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.contentType()).as(bad).startsWith("application/problem+json");
            JsonNode problem = r.json();
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.has("title")).isTrue();
            assertThat(r.text())
                    .as(bad)
                    .doesNotContainIgnoringCase("elasticsearch")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void suggestions_offer_numbers_in_any_spelling_and_subjects() {
        JsonNode numbers = api().get("/api/suggest?q=" + enc("ct 03")).json().get("suggestions");
        assertThat(numbers.get(0).get("key").asText()).isEqualTo(ApiFixture.CT03);
        assertThat(numbers.get(0).get("text").asText()).isEqualTo("03-CT/TW");
        JsonNode subjects =
                api().get("/api/suggest?q=" + enc("đẩy mạnh tuyên tru")).json().get("suggestions");
        assertThat(subjects).isNotEmpty();
        assertThat(subjects.get(0).get("text").asText().toLowerCase()).contains("tuyên truyền");
    }

    @Test
    void the_openapi_description_and_its_ui_are_served() {
        ApiClient.Response docs = api().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/search")).isTrue();
        assertThat(docs.text()).doesNotContain("\"audience\"");
        assertThat(api().get("/swagger-ui").status()).isIn(200, 301, 302);
        assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
