package vn.vanban.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parser's accuracy over the labelled fixtures written for the project (issue #4 goals). */
class LabelledAccuracyTest {

    @Test
    void fields_and_citations_reach_the_accuracy_goals() throws IOException {
        AccuracyReport.Result r = AccuracyReport.measure(AccuracyReport.DEFAULT_DIR, AccuracyReport.extractor());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        AccuracyReport.print(r, new PrintStream(report, true, StandardCharsets.UTF_8));
        String text = report.toString(StandardCharsets.UTF_8);
        System.out.println(text);

        assertThat(r.documents()).as(text).isGreaterThanOrEqualTo(34);
        for (String field : r.fields().keySet()) {
            assertThat(r.accuracy(field)).as("accuracy of %s%n%s", field, text).isGreaterThanOrEqualTo(0.97);
        }
        assertThat(r.precision()).as(text).isGreaterThanOrEqualTo(0.98);
        assertThat(r.recall()).as(text).isGreaterThanOrEqualTo(0.97);
    }
}
