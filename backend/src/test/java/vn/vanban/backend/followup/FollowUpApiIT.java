package vn.vanban.backend.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.backend.testing.ApiClient.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanban.backend.ApiTestApplication;
import vn.vanban.backend.testing.ApiClient;
import vn.vanban.indexer.corpus.FollowUpScenario;
import vn.vanban.indexer.testing.IngestedCorpus;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * {@code /api/documents/{key}/follow-up[.csv|.xlsx]} over HTTP on the generator's follow-up
 * scenario (Quảng Ninh's plan and its 13 districts' plans and reports), ingested through the real
 * extraction and parser, with "today" fixed by a {@link Clock} bean: statuses equal the truth.
 */
@SpringBootTest(
        classes = {ApiTestApplication.class, FollowUpApiIT.Today.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.index.alias=" + FollowUpApiIT.ALIAS, "vanban.api.audience-header=true"})
class FollowUpApiIT {

    static final String ALIAS = "it-api-followup";
    static final LocalDate TODAY = LocalDate.of(2022, 6, 1);

    private static Path dir;
    private static FollowUpScenario.Truth truth;
    private static String planKey;

    @Value("${local.server.port}")
    int port;

    @TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void scenario(DynamicPropertyRegistry registry) throws IOException {
        ingest();
        registry.add("vanban.elasticsearch.url", TestElasticsearch::url);
        registry.add("vanban.store", () -> dir.resolve("store").toString());
        registry.add("vanban.security.rate-limit.requests", () -> "1000000");
    }

    private static synchronized void ingest() throws IOException {
        if (truth != null) {
            return;
        }
        dir = Files.createTempDirectory("vanban-followup-api");
        Path corpus = dir.resolve("corpus");
        truth = FollowUpScenario.write(corpus, "Quảng Ninh", 7);
        IngestedCorpus.ingest(corpus, dir, ALIAS);
        planKey = truth.planKey();
    }

    private ApiClient.Response get(String suffix) {
        return new ApiClient(port).get("/api/documents/" + enc(planKey) + "/follow-up" + suffix);
    }

    /** The task of the district committees for {@code action}: the one expecting the most units. */
    private static JsonNode task(JsonNode followUp, String action) {
        JsonNode best = null;
        for (JsonNode t : followUp.get("tasks")) {
            if (t.get("action").asText().equals(action)
                    && (best == null
                            || t.get("units").size() > best.get("units").size())) {
                best = t;
            }
        }
        assertThat(best).as(action).isNotNull();
        return best;
    }

    private static Map<String, JsonNode> byOrgan(JsonNode task) {
        Map<String, JsonNode> m = new HashMap<>();
        task.get("units").forEach(u -> m.put(u.get("organ").asText(), u));
        return m;
    }

    @Test
    void the_follow_up_of_the_province_plan_gives_each_district_the_status_the_generator_wrote() {
        ApiClient.Response r = get("");

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode f = r.json();
        assertThat(f.get("document").asText()).isEqualTo(planKey);
        assertThat(f.get("today").asText()).isEqualTo(TODAY.toString());
        JsonNode plan = task(f, "ISSUE_PLAN");
        assertThat(plan.get("due").asText()).isEqualTo(truth.due().toString());
        assertThat(plan.get("units")).hasSize(13);
        JsonNode report = task(f, "REPORT");
        assertThat(report.get("due").asText()).isEqualTo(truth.reportDue().toString());
        Map<String, JsonNode> plans = byOrgan(plan);
        Map<String, JsonNode> reports = byOrgan(report);
        for (FollowUpScenario.UnitTruth u : truth.units()) {
            JsonNode p = plans.get(u.organ());
            assertThat(p).as(u.organ()).isNotNull();
            assertThat(p.get("status").asText())
                    .as(u.organ())
                    .isEqualTo(u.plan().name());
            assertThat(p.get("daysLate").isNull() ? null : p.get("daysLate").asInt())
                    .as(u.organ())
                    .isEqualTo(u.daysLate());
            assertThat(
                            p.get("date").isNull()
                                    ? null
                                    : LocalDate.parse(p.get("date").asText()))
                    .as(u.organ())
                    .isEqualTo(u.planDate());
            assertThat(reports.get(u.organ()).get("status").asText())
                    .as(u.organ())
                    .isEqualTo(u.report().name());
        }
        long onTime = truth.units().stream()
                        .filter(u -> u.plan() == FollowUpScenario.Status.ON_TIME)
                        .count()
                + truth.units().stream()
                        .filter(u -> u.report() == FollowUpScenario.Status.ON_TIME)
                        .count();
        assertThat(f.get("counts").get("byLevel").get("DISTRICT").get("ON_TIME").asLong())
                .isEqualTo(onTime);
        assertThat(f.get("counts").get("byStatus").has("NOT_DUE")).isTrue();
    }

    @Test
    void the_csv_and_xlsx_read_back_with_a_row_per_unit_and_its_status() throws IOException {
        ApiClient.Response csv = get(".csv");
        ApiClient.Response xlsx = get(".xlsx");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        for (FollowUpScenario.UnitTruth u : truth.units()) {
            assertThat(text).contains(u.organ());
        }
        assertThat(text).contains("ON_TIME", "LATE", "MISSING");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder cells = new StringBuilder();
            for (Row row : book.getSheetAt(0)) {
                row.forEach(c -> cells.append(c.toString()).append('|'));
            }
            // A header and 27 units: 13 district plans, 13 district reports, one 6-monthly report.
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(27);
            assertThat(cells.toString())
                    .contains(
                            "ON_TIME",
                            "LATE",
                            "MISSING",
                            truth.units().getFirst().organ());
        }
    }

    @Test
    void an_unknown_document_has_no_follow_up_but_a_404_problem() {
        ApiClient.Response r = new ApiClient(port).get("/api/documents/" + enc("1-KH/TU~khong-co~2021") + "/follow-up");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
