package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.corpus.FollowUpScenario;
import vn.vanban.indexer.gazetteer.Gazetteer;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.library.Library;
import vn.vanban.indexer.testing.IngestedCorpus;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * A generated province plan (Quảng Ninh: 13 districts) and its districts' plans and reports, some on
 * time, some late, some never written, ingested through the real extraction and parser: the
 * follow-up equals the generator's truth.
 */
class FollowUpIT {

    @TempDir
    static Path dir;

    private static FollowUpScenario.Truth truth;
    private static DocumentIndex index;
    private static String planKey;

    @BeforeAll
    static void ingestScenario() throws IOException {
        Path corpus = dir.resolve("corpus");
        truth = FollowUpScenario.write(corpus, "Quảng Ninh", 7);
        index = IngestedCorpus.ingest(corpus, dir, "it-followup");
        planKey = truth.planKey();
    }

    private static FollowUpService service(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Library library = new Library(index.client(), index.alias());
        return new FollowUpService(
                library.documents(), library.implementers(), new ExpectedUnits(Gazetteer.standard()), clock);
    }

    private static FollowUp.Task task(FollowUp f, Action action) {
        // The task of the district committees: the one expecting the most units.
        return f.tasks().stream()
                .filter(t -> t.action() == action)
                .max(java.util.Comparator.comparingInt(t -> t.units().size()))
                .orElseThrow();
    }

    private static Map<String, FollowUp.UnitStatus> byOrgan(FollowUp.Task t) {
        Map<String, FollowUp.UnitStatus> m = new HashMap<>();
        t.units().forEach(u -> m.put(u.organ(), u));
        return m;
    }

    @Test
    void every_district_of_the_province_is_on_time_late_or_missing_as_the_generator_wrote_it() {
        FollowUp f = service(LocalDate.of(2022, 6, 1))
                .followUp(planKey, Audience.PUBLIC)
                .orElseThrow();

        FollowUp.Task plan = task(f, Action.ISSUE_PLAN);
        assertThat(plan.due()).isEqualTo(truth.due());
        assertThat(plan.units()).hasSize(truth.units().size()).hasSize(13);
        Map<String, FollowUp.UnitStatus> units = byOrgan(plan);
        for (FollowUpScenario.UnitTruth u : truth.units()) {
            FollowUp.UnitStatus got = units.get(u.organ());
            assertThat(got).as(u.organ()).isNotNull();
            assertThat(got.status().name()).as(u.organ()).isEqualTo(u.plan().name());
            assertThat(got.daysLate()).as(u.organ()).isEqualTo(u.daysLate());
            assertThat(got.date()).as(u.organ()).isEqualTo(u.planDate());
            assertThat(got.level()).isEqualTo("DISTRICT");
        }
        List<String> missing = truth.units().stream()
                .filter(u -> u.plan() == FollowUpScenario.Status.MISSING)
                .map(FollowUpScenario.UnitTruth::organ)
                .toList();
        assertThat(missing).isNotEmpty();
        assertThat(plan.units())
                .filteredOn(u -> u.status() == FollowUp.Status.MISSING)
                .extracting(FollowUp.UnitStatus::organ)
                .containsExactlyInAnyOrderElementsOf(missing);
        assertThat(plan.units())
                .extracting(FollowUp.UnitStatus::status)
                .contains(FollowUp.Status.ON_TIME, FollowUp.Status.LATE, FollowUp.Status.MISSING);
    }

    @Test
    void district_reports_citing_the_plan_are_found_on_time_late_or_missing() {
        FollowUp f = service(LocalDate.of(2022, 6, 1))
                .followUp(planKey, Audience.PUBLIC)
                .orElseThrow();

        FollowUp.Task report = task(f, Action.REPORT);
        assertThat(report.due()).isEqualTo(truth.reportDue());
        Map<String, FollowUp.UnitStatus> units = byOrgan(report);
        for (FollowUpScenario.UnitTruth u : truth.units()) {
            FollowUp.UnitStatus got = units.get(u.organ());
            assertThat(got.status().name()).as(u.organ()).isEqualTo(u.report().name());
            assertThat(got.daysLate()).as(u.organ()).isEqualTo(u.reportDaysLate());
        }
    }

    @Test
    void before_the_due_date_a_district_without_a_plan_is_not_due_yet() {
        FollowUp f = service(truth.planDate().plusDays(1))
                .followUp(planKey, Audience.PUBLIC)
                .orElseThrow();

        Map<String, FollowUp.UnitStatus> units = byOrgan(task(f, Action.ISSUE_PLAN));
        for (FollowUpScenario.UnitTruth u : truth.units()) {
            FollowUp.Status expected = u.plan() == FollowUpScenario.Status.MISSING
                    ? FollowUp.Status.NOT_DUE
                    : FollowUp.Status.valueOf(u.plan().name());
            assertThat(units.get(u.organ()).status()).as(u.organ()).isEqualTo(expected);
        }
        assertThat(f.counts().byStatus().get(FollowUp.Status.MISSING)).isZero();
    }

    @Test
    void counts_per_status_and_level_add_up_to_the_units() {
        FollowUp f = service(LocalDate.of(2022, 6, 1))
                .followUp(planKey, Audience.PUBLIC)
                .orElseThrow();

        long units = f.tasks().stream()
                .mapToLong(t -> t.units().size() + t.found().size())
                .sum();
        assertThat(f.counts().byStatus().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(units)
                // 13 district plans, 13 district reports, the Ban Tuyên giáo's 6-monthly report.
                .isEqualTo(27);
        long planOnTime = truth.units().stream()
                .filter(u -> u.plan() == FollowUpScenario.Status.ON_TIME)
                .count();
        long reportOnTime = truth.units().stream()
                .filter(u -> u.report() == FollowUpScenario.Status.ON_TIME)
                .count();
        assertThat(f.counts().byLevel().get("DISTRICT").get(FollowUp.Status.ON_TIME))
                .isEqualTo(planOnTime + reportOnTime);
    }

    @Test
    void an_internal_district_plan_counts_as_missing_for_the_public_and_on_time_for_officials() throws IOException {
        FollowUpScenario.UnitTruth unit = truth.units().stream()
                .filter(u -> u.plan() == FollowUpScenario.Status.ON_TIME)
                .findFirst()
                .orElseThrow();
        FollowUp before = service(LocalDate.of(2022, 6, 1))
                .followUp(planKey, Audience.OFFICIAL)
                .orElseThrow();
        String key = byOrgan(task(before, Action.ISSUE_PLAN)).get(unit.organ()).document();
        assertThat(key).isNotNull();
        mark(key, "INTERNAL");
        try {
            FollowUpService service = service(LocalDate.of(2022, 6, 1));
            FollowUp.Status forPublic = byOrgan(
                            task(service.followUp(planKey, Audience.PUBLIC).orElseThrow(), Action.ISSUE_PLAN))
                    .get(unit.organ())
                    .status();
            FollowUp.Status forOfficial = byOrgan(
                            task(service.followUp(planKey, Audience.OFFICIAL).orElseThrow(), Action.ISSUE_PLAN))
                    .get(unit.organ())
                    .status();

            assertThat(forPublic).isEqualTo(FollowUp.Status.MISSING);
            assertThat(forOfficial).isEqualTo(FollowUp.Status.ON_TIME);
        } finally {
            mark(key, "PUBLIC");
        }
    }

    /**
     * Sets a document's visibility as a new ingestion of it would leave it: one Visibility name on the
     * document, then the graph refreshed (the implementers are read from the graph).
     */
    private static void mark(String key, String visibility) throws IOException {
        index.client().update(u -> u.index(index.alias()).id(key).doc(Map.of("visibility", visibility)), Map.class);
        index.refresh();
        new Library(index.client(), index.alias()).graphRefresh().refresh();
        index.refresh();
    }

    @Test
    void the_follow_up_command_prints_the_json_and_writes_csv_and_xlsx(@TempDir Path out) throws IOException {
        java.io.StringWriter printed = new java.io.StringWriter();
        int code = new picocli.CommandLine(new vn.vanban.indexer.cli.IndexerCli())
                .setOut(new java.io.PrintWriter(printed))
                .execute(
                        "follow-up",
                        planKey,
                        "--as",
                        "PUBLIC",
                        "--today",
                        "2022-06-01",
                        "--es",
                        TestElasticsearch.url(),
                        "--alias",
                        index.alias(),
                        "--csv",
                        out.resolve("f.csv").toString(),
                        "--xlsx",
                        out.resolve("f.xlsx").toString());

        assertThat(code).isZero();
        com.fasterxml.jackson.databind.JsonNode json =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(printed.toString());
        assertThat(json.get("tasks").get(0).get("units")).hasSize(13);
        assertThat(json.get("tasks").get(0).get("due").asText())
                .isEqualTo(truth.due().toString());
        assertThat(json.get("counts").get("byStatus").has("NOT_DUE")).isTrue();
        assertThat(java.nio.file.Files.readString(out.resolve("f.csv"))).contains("MISSING", "LATE", "ON_TIME");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                out.resolve("f.xlsx").toFile())) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(27);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_unknown_document_has_no_follow_up() {
        assertThat(service(LocalDate.of(2022, 6, 1)).followUp("1-KH/TU~khong-co~2021", Audience.ADMIN))
                .isEmpty();
    }
}
