package vn.vanban.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The parser's accuracy on the held-out fixtures (issue 9): other provinces and organs, short issuers
 * only context resolves, glued and broken numbers, old tone placement — written after the rules and
 * measured apart from the labelled fixtures the rules were written on.
 */
class HeldOutAccuracyTest {

    @Test
    void fields_citations_and_cited_issuers_reach_the_goals_on_documents_no_rule_was_tuned_on() throws IOException {
        AccuracyReport.Result r = AccuracyReport.measure(AccuracyReport.HELD_OUT_DIR, AccuracyReport.extractor());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        AccuracyReport.print(r, new PrintStream(report, true, StandardCharsets.UTF_8));
        String text = report.toString(StandardCharsets.UTF_8);
        System.out.println(text);

        assertThat(r.documents()).as(text).isGreaterThanOrEqualTo(15);
        assertThat(r.overallFieldAccuracy()).as(text).isGreaterThanOrEqualTo(0.97);
        assertThat(r.precision()).as(text).isGreaterThanOrEqualTo(0.98);
        assertThat(r.recall()).as(text).isGreaterThanOrEqualTo(0.97);
        int[] issuer = r.citationFields().get("issuer");
        assertThat((double) issuer[0] / issuer[1]).as(text).isGreaterThanOrEqualTo(0.95);
    }
}
