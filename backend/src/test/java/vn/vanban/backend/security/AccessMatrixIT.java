package vn.vanban.backend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.backend.testing.ApiClient.enc;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.vanban.backend.ApiTestApplication;
import vn.vanban.backend.testing.ApiClient;
import vn.vanban.backend.testing.ApiFixture;
import vn.vanban.backend.testing.ApiTestBase;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.graph.Ancestors;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.DocumentKey;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * Every role × every REST endpoint, signed in the way a client signs in (HTTP Basic with the
 * configured users; the tests' audience header is off here), over the fixture index: its INTERNAL
 * document 88-TB/VPTU, the secret-marked Chỉ thị 15-CT/TU of the labelled fixtures (refused at
 * ingest) and, written here, a PUBLIC plan implementing the INTERNAL document so that a chain passes
 * through it.
 */
@SpringBootTest(
        classes = ApiTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vanban.index.alias=" + ApiFixture.ALIAS,
            "vanban.security.users.official.password={noop}official-pw",
            "vanban.security.users.official.roles=OFFICIAL",
            "vanban.security.users.inspector.password={noop}inspector-pw",
            "vanban.security.users.inspector.roles=INSPECTOR",
            "vanban.security.users.admin.password={noop}admin-pw",
            "vanban.security.users.admin.roles=ADMIN"
        })
class AccessMatrixIT extends ApiTestBase {

    private static final String CHILD_NUMBER = "41-KH/UBND";
    private static final String CHILD_ISSUER = "Ủy ban nhân dân huyện Vân Đồn";
    private static final String CHILD_KEY = DocumentKey.of(CHILD_NUMBER, CHILD_ISSUER, LocalDate.of(2022, 9, 5))
            .orElseThrow()
            .value();
    private static final String INTERNAL_PATH = "/api/documents/" + enc(ApiFixture.INTERNAL_KEY);
    /** The Party guidance of the labelled fixtures marked "Lưu hành nội bộ", ingested with its file. */
    private static final String INGESTED_INTERNAL_KEY = "130-HD/BTGTW~btgtw~2023";
    /** The same shape as the INTERNAL key, naming nothing. */
    private static final String MISSING_KEY = "88-TB/VPTU~vptu-quang-ninh~2099";

    /** What of the INTERNAL document the public may never read, in any body. */
    private static final List<String> INTERNAL_MARKS = List.of(
            ApiFixture.INTERNAL_KEY,
            "88-TB/VPTU",
            "88-TB",
            ApiFixture.INTERNAL_WORDS,
            "hội nghị kín",
            "Văn phòng Tỉnh ủy Quảng Ninh");
    /** The secret-marked document's number and the words of its subject. */
    private static final List<String> SECRET_MARKS = List.of("15-CT/TU", "15-CT&#x2F;TU", "tu-nghe-an");

    private static final List<String> ROLES = List.of("official", "inspector", "admin");
    private static final List<String> KEY_ENDPOINTS = List.of(
            "",
            "/original",
            "/cited-by",
            "/chain",
            "/implementers",
            "/implementers.csv",
            "/implementers.xlsx",
            "/graph");

    @BeforeAll
    static void a_public_plan_implements_the_internal_document() throws IOException {
        ApiFixture.get();
        ElasticsearchClient client = TestElasticsearch.client();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("key", CHILD_KEY);
        doc.put("status", "INDEXED");
        doc.put("number", CHILD_NUMBER);
        doc.put("numberKey", DocumentNumbers.key(CHILD_NUMBER));
        doc.put("type", Map.of("code", "KH", "name", "Kế hoạch"));
        doc.put("issuer", CHILD_ISSUER);
        doc.put("issuerSide", "STATE");
        doc.put("issuerLevel", "DISTRICT");
        doc.put("province", "Quảng Ninh");
        doc.put("date", "2022-09-05");
        doc.put("year", 2022);
        doc.put("subject", "Kế hoạch triển khai thông báo kết luận của cấp trên");
        doc.put("text", "KẾ HOẠCH\nTriển khai thông báo kết luận của cấp trên trên địa bàn huyện.");
        doc.put("visibility", "PUBLIC");
        doc.put("parents", List.of(ApiFixture.INTERNAL_KEY));
        doc.put("cites", List.of(ApiFixture.INTERNAL_KEY));
        client.index(i -> i.index(ApiFixture.ALIAS).id(CHILD_KEY).document(doc).refresh(Refresh.True));
        refreshGraph(client);
    }

    @AfterAll
    static void the_plan_is_removed_for_the_other_tests() throws IOException {
        ElasticsearchClient client = TestElasticsearch.client();
        client.delete(d -> d.index(ApiFixture.ALIAS).id(CHILD_KEY).refresh(Refresh.True));
        refreshGraph(client);
    }

    private static void refreshGraph(ElasticsearchClient client) {
        DocumentIndex index = new DocumentIndex(client, ApiFixture.ALIAS);
        new Ancestors(index).refresh();
        index.refresh();
    }

    @Test
    void the_public_reads_no_trace_of_the_internal_document_anywhere() {
        String ct03 = "/api/documents/" + enc(ApiFixture.CT03);
        String child = "/api/documents/" + enc(CHILD_KEY);
        List<String> paths = new ArrayList<>(List.of(
                "/api/search?q=" + enc(ApiFixture.INTERNAL_WORDS),
                "/api/search?q=" + enc("88-TB/VPTU"),
                "/api/search?q=" + enc("88 TB VPTU"),
                "/api/search?q=&size=100",
                "/api/search?q=&province=" + enc("Quảng Ninh") + "&size=100",
                "/api/search?q=&implements=" + enc(ApiFixture.CT03) + "&size=100",
                "/api/search?q=&implements=" + enc(ApiFixture.INTERNAL_KEY),
                "/api/suggest?q=" + enc("88-TB"),
                "/api/suggest?q=" + enc("hội nghị kín"),
                "/api/suggest?q=" + enc("Văn phòng Tỉnh ủy Quảng"),
                child + "/chain",
                child + "/graph?down=3",
                child + "/implementers"));
        for (String endpoint : KEY_ENDPOINTS) {
            paths.add(ct03 + endpoint);
            paths.add(child + endpoint);
        }
        for (String path : paths) {
            ApiClient.Response r = api().get(path);
            assertThat(r.status()).as(path).isIn(200, 404);
            assertThat(readable(r)).as(path).doesNotContain(INTERNAL_MARKS);
        }
        // The chain still passes through the hidden document, unnamed, up to the directive.
        String chain = api().get(child + "/chain").text();
        assertThat(chain).contains("HIDDEN").contains(ApiFixture.CT03);
    }

    @Test
    void officials_inspectors_and_admins_read_the_internal_document_and_the_chain_through_it() {
        for (String role : ROLES) {
            assertThat(as(role, INTERNAL_PATH).text()).as(role).contains(ApiFixture.INTERNAL_WORDS);
            assertThat(as(role, "/api/documents/" + enc(CHILD_KEY) + "/chain").text())
                    .as(role)
                    .contains(ApiFixture.INTERNAL_KEY)
                    .doesNotContain("HIDDEN");
            assertThat(as(role, "/api/search?q=" + enc(ApiFixture.INTERNAL_WORDS))
                            .text())
                    .as(role)
                    .contains(ApiFixture.INTERNAL_KEY);
            assertThat(as(role, "/api/documents/" + enc(ApiFixture.CT03) + "/cited-by")
                            .text())
                    .as(role)
                    .contains(ApiFixture.INTERNAL_KEY);
        }
    }

    @Test
    void the_public_counts_exactly_the_internal_documents_less_than_an_official_in_totals_and_facets()
            throws IOException {
        // 88-TB/VPTU and the Party guidance marked "Lưu hành nội bộ" in the labelled fixtures; the plan is PUBLIC.
        long internal = internalCount(null);
        assertThat(internal).isGreaterThanOrEqualTo(2);
        String all = "/api/search?q=&size=1";
        long publicTotal = api().get(all).json().get("total").asLong();
        long officialTotal = as("official", all).json().get("total").asLong();
        assertThat(officialTotal - publicTotal).isEqualTo(internal);
        long publicFacet = facetCount(api().get(all).json(), "issuerSide", "PARTY");
        long officialFacet = facetCount(as("official", all).json(), "issuerSide", "PARTY");
        assertThat(officialFacet - publicFacet).isEqualTo(internalCount("PARTY"));
    }

    @Test
    void the_public_cited_by_counts_leave_out_exactly_the_internal_citing_documents() throws IOException {
        String citedBy = "/api/documents/" + enc(ApiFixture.CT03) + "/cited-by?size=500";
        // Counted on the resolved keys ("cites"), not on the nested citations the endpoint reads.
        long internal = TestElasticsearch.client()
                .count(c -> c.index(ApiFixture.ALIAS)
                        .query(q -> q.bool(b -> b.filter(
                                        f -> f.term(t -> t.field("visibility").value("INTERNAL")))
                                .filter(f -> f.term(t -> t.field("cites").value(ApiFixture.CT03))))))
                .count();
        assertThat(internal).isPositive();
        JsonNode pub = api().get(citedBy).json();
        assertThat(sum(pub.get("countsByRelation"))).isEqualTo(pub.get("total").asLong());
        Set<String> publicKeys = new HashSet<>();
        pub.get("citedBy").forEach(c -> publicKeys.add(c.get("key").asText()));
        for (String role : ROLES) {
            JsonNode official = as(role, citedBy).json();
            assertThat(official.get("total").asLong() - pub.get("total").asLong())
                    .as(role)
                    .isEqualTo(internal);
            assertThat(sum(official.get("countsByRelation")))
                    .as(role)
                    .isEqualTo(official.get("total").asLong());
            // By relation, the difference is the hidden documents' own relations.
            Map<String, Long> hidden = new HashMap<>();
            official.get("citedBy").forEach(c -> {
                if (!publicKeys.contains(c.get("key").asText())) {
                    hidden.merge(c.get("relation").asText(), 1L, Long::sum);
                }
            });
            assertThat(hidden.get("IMPLEMENTS")).as(role).isNotNull();
            for (String relation : List.of("IMPLEMENTS", "BASIS", "MENTIONS")) {
                assertThat(official.get("countsByRelation").get(relation).asLong()
                                - pub.get("countsByRelation").get(relation).asLong())
                        .as(role + " " + relation)
                        .isEqualTo(hidden.getOrDefault(relation, 0L));
            }
        }
    }

    private static long sum(JsonNode counts) {
        long sum = 0;
        for (JsonNode n : counts) {
            sum += n.asLong();
        }
        return sum;
    }

    private static long internalCount(@org.jspecify.annotations.Nullable String issuerSide) throws IOException {
        return TestElasticsearch.client()
                .count(c -> c.index(ApiFixture.ALIAS)
                        .query(q -> q.bool(b -> {
                            b.filter(f -> f.term(t -> t.field("visibility").value("INTERNAL")));
                            b.filter(f -> f.term(t -> t.field("status").value("INDEXED")));
                            if (issuerSide != null) {
                                b.filter(f -> f.term(t -> t.field("issuerSide").value(issuerSide)));
                            }
                            return b;
                        })))
                .count();
    }

    @Test
    void forbidden_and_missing_documents_answer_the_same_404_on_every_endpoint() {
        for (String endpoint : KEY_ENDPOINTS) {
            ApiClient.Response forbidden = api().get(INTERNAL_PATH + endpoint);
            ApiClient.Response missing = api().get("/api/documents/" + enc(MISSING_KEY) + endpoint);
            assertThat(forbidden.status()).as(endpoint).isEqualTo(404);
            assertThat(missing.status()).as(endpoint).isEqualTo(404);
            // The same problem, but for the key echoed back and the request path (the client's own words).
            assertThat(withoutInstance(forbidden).replace(ApiFixture.INTERNAL_KEY, "KEY"))
                    .as(endpoint)
                    .isEqualTo(withoutInstance(missing).replace(MISSING_KEY, "KEY"));
        }
        // By its number too.
        assertThat(api().get("/api/documents/" + enc("88-TB/VPTU")).status()).isEqualTo(404);
        for (String role : ROLES) {
            for (String endpoint : KEY_ENDPOINTS) {
                // 88-TB/VPTU is written without a file; the original is read from the ingested guidance below.
                if (!endpoint.equals("/original")) {
                    assertThat(as(role, INTERNAL_PATH + endpoint).status())
                            .as(role + endpoint)
                            .isEqualTo(200);
                }
            }
        }
        // The ingested guidance marked "Lưu hành nội bộ": its original is a 404 for the public, an attachment
        // that is never sniffed for an official.
        String original = "/api/documents/" + enc(INGESTED_INTERNAL_KEY) + "/original";
        ApiClient.Response forbidden = api().get(original);
        ApiClient.Response missing = api().get("/api/documents/" + enc(MISSING_KEY) + "/original");
        assertThat(forbidden.status()).isEqualTo(404);
        assertThat(withoutInstance(forbidden).replace(INGESTED_INTERNAL_KEY, "KEY"))
                .isEqualTo(withoutInstance(missing).replace(MISSING_KEY, "KEY"));
        for (String role : ROLES) {
            ApiClient.Response file = as(role, original);
            assertThat(file.status()).as(role).isEqualTo(200);
            assertThat(file.text()).contains("Lưu hành nội bộ");
            assertThat(file.header("Content-Disposition")).startsWith("attachment");
            assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void the_secret_marked_document_is_nowhere_for_anyone() {
        List<String> paths = List.of(
                "/api/search?q=" + enc("15-CT/TU"),
                "/api/search?q=" + enc("15 CT TU Nghệ An"),
                "/api/search?q=&province=" + enc("Nghệ An") + "&size=100",
                "/api/suggest?q=" + enc("15-CT"),
                "/api/suggest?q=" + enc("bảo vệ nền tảng tư tưởng"));
        for (String role : List.of("official", "inspector", "admin")) {
            for (String path : paths) {
                ApiClient.Response r = as(role, path);
                assertThat(r.status()).as(role + path).isEqualTo(200);
                assertThat(r.text()).as(role + path).doesNotContain(SECRET_MARKS);
            }
            assertThat(as(role, "/api/documents/" + enc("15-CT/TU")).status())
                    .as(role)
                    .isEqualTo(404);
        }
    }

    @Test
    void admin_endpoints_need_an_admin_and_a_wrong_password_is_refused() {
        assertThat(api().get("/api/admin/users").status()).isEqualTo(401);
        assertThat(as("official", "/api/admin/users").status()).isEqualTo(403);
        assertThat(as("inspector", "/api/admin/users").status()).isEqualTo(403);
        assertThat(as("admin", "/api/admin/users").status()).isNotIn(401, 403);
        assertThat(api().get("/api/search?q=", "official", "wrong").status()).isEqualTo(401);
    }

    private static String withoutInstance(ApiClient.Response r) {
        com.fasterxml.jackson.databind.node.ObjectNode problem =
                (com.fasterxml.jackson.databind.node.ObjectNode) r.json();
        problem.remove("instance");
        return problem.toString();
    }

    private ApiClient.Response as(String role, String path) {
        return api().get(path, role, role + "-pw");
    }

    private static long facetCount(com.fasterxml.jackson.databind.JsonNode result, String facet, String value) {
        for (var c : result.get("facets").get(facet)) {
            if (c.get("value").asText().equals(value)) {
                return c.get("count").asLong();
            }
        }
        return 0;
    }

    /** The body as text; an xlsx by its cells. */
    private static String readable(ApiClient.Response r) {
        if (!r.contentType().contains("spreadsheetml")) {
            return r.text();
        }
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    out.append(cell.toString()).append('\t');
                }
                out.append('\n');
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
