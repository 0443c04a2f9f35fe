package vn.vanban.backend.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.backend.testing.ApiClient.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vanban.backend.testing.ApiClient;
import vn.vanban.backend.testing.ApiFixture;
import vn.vanban.backend.testing.ApiTest;
import vn.vanban.backend.testing.ApiTestBase;
import vn.vanban.indexer.gazetteer.Commune;
import vn.vanban.indexer.gazetteer.Gazetteer;

/** {@code /api/documents/{key}…} over HTTP against the fixture index on the real node. */
@ApiTest
class DocumentApiIT extends ApiTestBase {

    private static final String CT03_PATH = "/api/documents/" + enc(ApiFixture.CT03);

    private String keyOf(String number) {
        JsonNode hits = api().get("/api/search?q=" + enc(number)).json().get("hits");
        for (JsonNode h : hits) {
            if (h.get("number").asText().equals(number)) {
                return h.get("key").asText();
            }
        }
        throw new AssertionError(number + " not found: " + hits);
    }

    private JsonNode ok(String path) {
        ApiClient.Response r = api().get(path);
        assertThat(r.status()).as("%s → %s", path, r.text()).isEqualTo(200);
        return r.json();
    }

    private static List<List<String>> numbers(JsonNode chain) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode path : chain.get("paths")) {
            List<String> p = new ArrayList<>();
            path.forEach(
                    n -> p.add(n.get("number").asText() + " " + n.get("status").asText()));
            out.add(p);
        }
        return out;
    }

    @Test
    void a_document_is_read_by_its_percent_encoded_key_with_citations_resolved() {
        String key = keyOf("197/KH-UBND");
        assertThat(key).contains("/");
        JsonNode doc = ok("/api/documents/" + enc(key));
        assertThat(doc.get("key").asText()).isEqualTo(key);
        assertThat(doc.get("issuer").asText()).contains("Cẩm Phả");
        assertThat(doc.get("text").asText()).contains("179-KH/TU");
        assertThat(doc.get("citations").toString()).contains("\"targetKey\":\"" + keyOf("179-KH/TU") + "\"");
        assertThat(doc.toString())
                .as("no path of the ingesting machine")
                .doesNotContain(fixture().dir.toString());
    }

    @Test
    void unknown_keys_answer_404_problem_details() {
        for (String path : List.of(
                "/api/documents/" + enc("99-XX/YY~khong-co~1900"),
                "/api/documents/" + enc("99-XX/YY~khong-co~1900") + "/chain",
                "/api/documents/" + enc("99-XX/YY~khong-co~1900") + "/implementers.csv",
                "/api/documents/" + enc(ApiFixture.INTERNAL_KEY))) {
            ApiClient.Response r = api().get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("status").asInt()).isEqualTo(404);
        }
        assertThat(api().get("/api/documents/" + enc(ApiFixture.INTERNAL_KEY), "official")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void the_seeds_chains_reach_the_directive() {
        // 197/KH-UBND carries out the Thành ủy's 179-KH/TU, which carries out the Tỉnh ủy's 98-KH/TU
        // (known only from citations), which carries out the directive.
        assertThat(numbers(ok("/api/documents/" + enc(keyOf("197/KH-UBND")) + "/chain")))
                .contains(List.of(
                        "197/KH-UBND INDEXED", "179-KH/TU INDEXED", "98-KH/TU CITED_ONLY", "03-CT/TW CITED_ONLY"));
        List<List<String>> paths = numbers(ok("/api/documents/" + enc(keyOf("35-KH/ĐUK")) + "/chain"));
        assertThat(paths).isNotEmpty();
        assertThat(paths).allSatisfy(p -> assertThat(p.getLast()).isEqualTo("03-CT/TW CITED_ONLY"));
        assertThat(paths.toString()).contains("39-HD/BTGTU");
    }

    @Test
    void implementers_have_a_timeline_and_the_provinces_without_a_plan() {
        JsonNode tree = ok(CT03_PATH + "/implementers");
        Set<String> inTree = new HashSet<>();
        Set<String> provinces = new HashSet<>();
        collect(tree.get("children"), inTree, provinces);
        assertThat(tree.get("total").asLong()).isEqualTo(inTree.size()).isGreaterThan(10);
        long sum = 0;
        for (JsonNode c : tree.get("countsByLevel")) {
            sum += c.asLong();
        }
        assertThat(sum).isEqualTo(inTree.size());
        assertThat(tree.get("timeline")).hasSize(inTree.size());
        LocalDate root = LocalDate.of(2021, 5, 19);
        String previous = "";
        for (JsonNode t : tree.get("timeline")) {
            if (!t.get("date").isNull()) {
                LocalDate d = LocalDate.parse(t.get("date").asText());
                assertThat(t.get("daysAfter").asLong()).isEqualTo(ChronoUnit.DAYS.between(root, d));
                assertThat(t.get("date").asText()).isGreaterThanOrEqualTo(previous);
                previous = t.get("date").asText();
            }
        }
        JsonNode without = tree.get("withoutImplementing");
        assertThat(without).isNotEmpty();
        without.forEach(
                p -> assertThat(provinces).doesNotContain(p.get("province").asText()));
        assertThat(without.size() + provinces.size()).isGreaterThanOrEqualTo(34);
        // An INTERNAL plan under the directive: counted for an official, not named nor counted for the public.
        assertThat(inTree).doesNotContain(ApiFixture.INTERNAL_KEY);
        JsonNode official = api().get(CT03_PATH + "/implementers", "official").json();
        assertThat(official.get("total").asLong()).isEqualTo(inTree.size() + 1);
        assertThat(official.toString()).contains(ApiFixture.INTERNAL_KEY);
        // For one province, its districts without a document.
        JsonNode quangNinh = ok(CT03_PATH + "/implementers?province=" + enc("Quảng Ninh"));
        quangNinh.get("withoutImplementing").forEach(p -> {
            assertThat(p.get("province").asText()).isEqualTo("Quảng Ninh");
            assertThat(p.get("district").asText()).isNotEqualTo("Cẩm Phả");
        });
    }

    @Test
    void for_a_district_the_communes_without_a_document_are_those_of_the_gazetteer_not_in_the_tree() {
        Gazetteer gazetteer = Gazetteer.standard();
        CoveredDistrict chosen = CoveredDistrict.firstIn(ok(CT03_PATH + "/implementers"), gazetteer);
        String province = chosen.province();
        String district = chosen.district();

        JsonNode without = ok(CT03_PATH + "/implementers?province=" + enc(province) + "&district=" + enc(district))
                .get("withoutImplementing");

        List<String> expected = gazetteer.communesOf(province, district).stream()
                .map(Commune::name)
                .filter(c -> !chosen.communes().contains(c))
                .toList();
        List<String> got = new ArrayList<>();
        without.forEach(p -> {
            assertThat(p.get("province").asText()).isEqualTo(province);
            assertThat(p.get("district").asText()).isEqualTo(district);
            got.add(p.get("commune").asText());
        });
        assertThat(got).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(got).doesNotContainAnyElementsOf(chosen.communes());
        // Without a district the answer is still the province's districts, without a commune field set.
        ok(CT03_PATH + "/implementers?province=" + enc(province))
                .get("withoutImplementing")
                .forEach(p -> assertThat(p.get("commune").isNull()).isTrue());
    }

    @Test
    void a_large_tree_is_read_a_level_at_a_time() {
        JsonNode whole = ok(CT03_PATH + "/implementers");
        JsonNode top = ok(CT03_PATH + "/implementers?depth=1");
        long under = 0;
        for (JsonNode n : top.get("children")) {
            assertThat(n.get("children")).isEmpty();
            under += 1 + n.get("descendants").asLong();
        }
        assertThat(under).isEqualTo(whole.get("total").asLong());
        assertThat(top.get("children")).hasSameSizeAs(whole.get("children"));
        // The next level is the node's own request.
        JsonNode parent = null;
        for (JsonNode n : top.get("children")) {
            if (n.get("descendants").asLong() > 0) {
                parent = n;
            }
        }
        assertThat(parent).isNotNull();
        JsonNode next = ok("/api/documents/" + enc(parent.get("key").asText()) + "/implementers?depth=1");
        assertThat(next.get("children")).isNotEmpty();
        assertThat(api().get(CT03_PATH + "/implementers?depth=0").status()).isEqualTo(400);
    }

    @Test
    void csv_and_xlsx_exports_hold_the_tree() throws IOException {
        JsonNode tree = ok(CT03_PATH + "/implementers");
        Set<String> inTree = new HashSet<>();
        collect(tree.get("children"), inTree, new HashSet<>());

        ApiClient.Response csv = api().get(CT03_PATH + "/implementers.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .split("\r\n");
        assertThat(lines[0]).startsWith("depth,parentKey,key,number");
        Set<String> csvKeys = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            csvKeys.add(parseCsv(lines[i]).get(2));
        }
        assertThat(csvKeys).isEqualTo(inTree);
        assertThat(lines).hasSize(inTree.size() + 1);

        ApiClient.Response xlsx = api().get(CT03_PATH + "/implementers.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("key");
            Set<String> xlsxKeys = new HashSet<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    xlsxKeys.add(row.getCell(2).getStringCellValue());
                    assertThat(row.getCell(0).getNumericCellValue()).isGreaterThanOrEqualTo(1);
                }
            }
            assertThat(xlsxKeys).isEqualTo(inTree);
            assertThat(sheet.getLastRowNum()).isEqualTo(inTree.size());
        }
    }

    @Test
    void cited_by_lists_the_citing_documents_with_their_relation() {
        JsonNode citedBy = ok(CT03_PATH + "/cited-by").get("citedBy");
        assertThat(citedBy.size()).isGreaterThan(10);
        citedBy.forEach(c -> assertThat(c.get("relation").asText()).isIn("IMPLEMENTS", "BASIS", "MENTIONS"));
        assertThat(citedBy.toString()).contains("197/KH-UBND").doesNotContain(ApiFixture.INTERNAL_KEY);
    }

    @Test
    void cited_by_pages_walk_every_citing_document_once_newest_first_and_the_total_counts_them() {
        JsonNode first = ok(CT03_PATH + "/cited-by?size=7");
        long total = first.get("total").asLong();
        List<JsonNode> walked = walk(CT03_PATH + "/cited-by?size=7");
        assertThat(total).isGreaterThan(7);
        assertThat(walked).hasSize((int) total);
        assertThat(walked.stream().map(c -> c.get("key").asText()).distinct()).hasSize((int) total);
        // Newest first (undated last), as one unpaged list would be.
        List<String> dates =
                walked.stream().map(c -> c.path("date").asText("0000-00-00")).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // The first page of the default size is the start of the same list.
        JsonNode byDefault = ok(CT03_PATH + "/cited-by");
        assertThat(byDefault.get("total").asLong()).isEqualTo(total);
        assertThat(byDefault.get("citedBy").get(0).get("key").asText())
                .isEqualTo(walked.getFirst().get("key").asText());
    }

    @Test
    void cited_by_counts_each_citing_document_once_under_the_strongest_relation_its_citations_give() {
        JsonNode page = ok(CT03_PATH + "/cited-by?size=500");
        long total = page.get("total").asLong();
        assertThat(page.get("next").isNull())
                .as("one page holds the fixture's citing documents")
                .isTrue();
        JsonNode counts = page.get("countsByRelation");
        assertThat(counts.properties().stream().map(Map.Entry::getKey))
                .containsExactly("IMPLEMENTS", "BASIS", "MENTIONS");
        assertThat(counts.get("IMPLEMENTS").asLong()).isPositive();
        assertThat(counts.get("IMPLEMENTS").asLong()
                        + counts.get("BASIS").asLong()
                        + counts.get("MENTIONS").asLong())
                .isEqualTo(total);
        // Each document's relation, read from its own citations of the directive.
        Map<String, Long> fromTheDocuments = new TreeMap<>();
        for (JsonNode c : page.get("citedBy")) {
            String strongest =
                    strongestRelation(ok("/api/documents/" + enc(c.get("key").asText())));
            assertThat(c.get("relation").asText()).as(c.get("key").asText()).isEqualTo(strongest);
            fromTheDocuments.merge(strongest, 1L, Long::sum);
        }
        for (String relation : List.of("IMPLEMENTS", "BASIS", "MENTIONS")) {
            assertThat(counts.get(relation).asLong())
                    .as(relation)
                    .isEqualTo(fromTheDocuments.getOrDefault(relation, 0L));
        }
    }

    @Test
    void cited_by_one_relation_pages_only_its_documents_and_keeps_the_counts_of_all() {
        JsonNode all = ok(CT03_PATH + "/cited-by?size=500");
        assertThat(all.get("next").isNull())
                .as("one page holds the fixture's citing documents")
                .isTrue();
        Set<String> union = new TreeSet<>();
        for (String relation : List.of("IMPLEMENTS", "BASIS", "MENTIONS")) {
            String path = CT03_PATH + "/cited-by?relation=" + relation + "&size=3";
            JsonNode first = ok(path);
            assertThat(first.get("total").asLong())
                    .as(relation)
                    .isEqualTo(all.get("countsByRelation").get(relation).asLong());
            assertThat(first.get("countsByRelation")).isEqualTo(all.get("countsByRelation"));
            List<JsonNode> walked = walk(path);
            assertThat(walked).hasSize(first.get("total").asInt());
            walked.forEach(c -> {
                assertThat(c.get("relation").asText()).isEqualTo(relation);
                assertThat(union.add(c.get("key").asText())).isTrue();
            });
        }
        Set<String> everyone = new TreeSet<>();
        all.get("citedBy").forEach(c -> everyone.add(c.get("key").asText()));
        assertThat(union).isEqualTo(everyone);
    }

    @Test
    void cited_by_refuses_a_page_too_large_an_unknown_relation_and_a_foreign_cursor() {
        for (String query : List.of("size=0", "size=501", "relation=AMENDS", "after=not-a-cursor")) {
            ApiClient.Response r = api().get(CT03_PATH + "/cited-by?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.json().get("type").asText()).as(query).endsWith("/invalid-query");
        }
        assertThat(api().get(CT03_PATH + "/cited-by?size=500").status()).isEqualTo(200);
    }

    @Test
    void a_crafted_cursor_that_elasticsearch_refuses_is_a_400_not_an_outage() {
        // ["DATE","x","x"]: a cursor of the right shape whose date Elasticsearch cannot parse.
        String crafted = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("[\"DATE\",\"x\",\"x\"]".getBytes(StandardCharsets.UTF_8));
        ApiClient.Response r = api().get(CT03_PATH + "/cited-by?after=" + crafted);
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.json().get("type").asText()).endsWith("/invalid-query");
        assertThat(r.text()).doesNotContain("parse_exception", "Exception");
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_not_the_portal_page() {
        for (String path : List.of("/api/nope", CT03_PATH + "/nope")) {
            ApiClient.Response r = api().get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().get("type").asText()).as(path).endsWith("/no-such-endpoint");
        }
    }

    @Test
    void the_last_page_of_cited_by_has_no_next_even_when_it_is_full() {
        JsonNode counts = ok(CT03_PATH + "/cited-by").get("countsByRelation");
        for (String relation : List.of("IMPLEMENTS", "BASIS", "MENTIONS")) {
            long n = counts.get(relation).asLong();
            if (n == 0) {
                continue;
            }
            JsonNode page = ok(CT03_PATH + "/cited-by?relation=" + relation + "&size=" + n);
            assertThat(page.get("citedBy").size()).as(relation).isEqualTo((int) n);
            assertThat(page.get("next").isNull()).as(relation).isTrue();
        }
    }

    @Test
    void parameters_of_the_wrong_type_or_out_of_range_answer_a_bilingual_problem() {
        for (String path :
                List.of(CT03_PATH + "/cited-by?size=abc", CT03_PATH + "/graph?down=x", "/api/search?q=a&year=abc")) {
            ApiClient.Response r = api().get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.json().get("type").asText()).as(path).endsWith("/invalid-parameter");
            assertThat(r.json().get("title").asText()).as(path).contains("Tham số không hợp lệ", "Invalid parameter");
        }
        for (String down : List.of("-1", "6")) {
            ApiClient.Response r = api().get(CT03_PATH + "/graph?down=" + down);
            assertThat(r.status()).as(down).isEqualTo(400);
            assertThat(r.json().get("type").asText()).as(down).endsWith("/invalid-query");
        }
    }

    /** Every entry of the pages from {@code path} on, following {@code next}. */
    private List<JsonNode> walk(String path) {
        List<JsonNode> out = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = ok(next == null ? path : path + "&after=" + enc(next));
            page.get("citedBy").forEach(out::add);
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);
        return out;
    }

    /** IMPLEMENTS, else BASIS, else MENTIONS: of the document's citations of 03-CT/TW. */
    private static String strongestRelation(JsonNode document) {
        Set<String> relations = new HashSet<>();
        for (JsonNode c : document.get("citations")) {
            if (ApiFixture.CT03.equals(c.path("targetKey").asText())) {
                relations.add(c.path("relation").asText());
            }
        }
        assertThat(relations).as(document.get("key").asText()).isNotEmpty();
        return relations.contains("IMPLEMENTS") ? "IMPLEMENTS" : relations.contains("BASIS") ? "BASIS" : "MENTIONS";
    }

    @Test
    void the_graph_shows_the_roots_and_the_implementers_down_two_levels() {
        String key = keyOf("179-KH/TU");
        JsonNode graph = ok("/api/documents/" + enc(key) + "/graph?down=2");
        Set<String> nodes = new HashSet<>();
        graph.get("nodes").forEach(n -> nodes.add(n.get("key").asText()));
        assertThat(nodes).contains(key, ApiFixture.CT03, keyOf("197/KH-UBND"));
        assertThat(graph.get("edges").toString())
                .contains("{\"from\":\"" + key + "\",\"to\":")
                .contains("\"to\":\"" + ApiFixture.CT03 + "\"")
                .contains("{\"from\":\"" + keyOf("197/KH-UBND") + "\",\"to\":\"" + key + "\"");
        graph.get("edges").forEach(e -> {
            assertThat(nodes).contains(e.get("from").asText(), e.get("to").asText());
            assertThat(e.get("relation").asText()).isIn("IMPLEMENTS", "BASIS");
        });
    }

    @Test
    void the_original_file_is_downloaded() throws IOException {
        String key = keyOf("197/KH-UBND");
        ApiClient.Response r = api().get("/api/documents/" + enc(key) + "/original");
        assertThat(r.status()).isEqualTo(200);
        byte[] seed = Files.readAllBytes(ApiFixture.shared().resolve("seeds").resolve("002_5cefcce8a219f495.txt"));
        assertThat(r.body()).isEqualTo(seed);
    }

    private static void collect(JsonNode nodes, Set<String> keys, Set<String> provinces) {
        for (JsonNode n : nodes) {
            assertThat(keys.add(n.get("key").asText())).isTrue();
            if (!n.get("province").isNull()) {
                provinces.add(n.get("province").asText());
            }
            collect(n.get("children"), keys, provinces);
        }
    }

    private static List<String> parseCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
