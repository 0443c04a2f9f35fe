package vn.vanban.indexer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.assignment.Action;
import vn.vanban.indexer.assignment.AssigneeClass;
import vn.vanban.indexer.assignment.Assignment;
import vn.vanban.indexer.assignment.AssignmentExtractor;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.parse.DocumentParser;

class FollowUpScenarioTest {

    @TempDir
    Path dir;

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument parse(String file) throws IOException {
        return parser.parse(file, Files.readString(dir.resolve(file)));
    }

    @Test
    void every_district_is_on_time_late_or_missing_and_the_plan_states_the_due_date_the_truth_holds()
            throws IOException {
        FollowUpScenario.Truth truth = FollowUpScenario.write(dir, "Nghệ An", 3);

        assertThat(truth.units())
                .hasSize(21); // the 21 district-level units of Nghệ An in the gazetteer (thị xã Cửa Lò included)
        assertThat(truth.units())
                .extracting(FollowUpScenario.UnitTruth::plan)
                .contains(FollowUpScenario.Status.values());
        List<Assignment> tasks = AssignmentExtractor.extract(parse(truth.planFile()));
        Assignment plan = tasks.stream()
                .filter(t -> t.action() == Action.ISSUE_PLAN)
                .findFirst()
                .orElseThrow();
        assertThat(plan.due().date()).isEqualTo(truth.due());
        assertThat(plan.assignees().getFirst().group()).isEqualTo(AssigneeClass.DISTRICT_PARTY_COMMITTEES);
        JsonNode written =
                new ObjectMapper().readTree(dir.resolve(FollowUpScenario.TRUTH).toFile());
        assertThat(written.get("due").asText()).isEqualTo(truth.due().toString());
    }

    @Test
    void a_district_plan_is_dated_as_its_truth_and_implements_the_province_plan() throws IOException {
        FollowUpScenario.Truth truth = FollowUpScenario.write(dir, "Quảng Ninh", 5);

        for (FollowUpScenario.UnitTruth u : truth.units()) {
            if (u.planFile() == null) {
                assertThat(u.plan()).isEqualTo(FollowUpScenario.Status.MISSING);
                continue;
            }
            ParsedDocument d = parse(u.planFile());
            assertThat(d.issuer()).isEqualTo(u.organ());
            assertThat(d.date()).isEqualTo(u.planDate());
            assertThat(d.citations()).anySatisfy(c -> {
                assertThat(c.number()).isEqualTo(truth.planNumber());
                assertThat(c.relation()).isEqualTo(Relation.IMPLEMENTS);
            });
            if (u.plan() == FollowUpScenario.Status.LATE) {
                assertThat(u.planDate()).isEqualTo(truth.due().plusDays(u.daysLate()));
            } else {
                assertThat(u.planDate()).isBeforeOrEqualTo(truth.due());
            }
        }
    }
}
