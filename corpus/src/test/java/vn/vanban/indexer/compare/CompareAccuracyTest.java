package vn.vanban.indexer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.vanban.indexer.compare.Comparison.Status;
import vn.vanban.indexer.corpus.PlanPairs;

/** The goals of issue #9 on 200 generated pairs of a seed the thresholds were not calibrated on. */
class CompareAccuracyTest {

    @Test
    void generated_pairs_meet_the_alignment_and_coverage_goals() {
        CompareAccuracy.Result r =
                CompareAccuracy.measure(CompareAccuracy.parse(PlanPairs.generate(200, 7)), Thresholds.STANDARD);

        assertThat(r.levels().size()).as("mixed levels").isGreaterThanOrEqualTo(4);
        assertThat(r.sides().size()).as("mixed sides").isGreaterThanOrEqualTo(2);
        assertThat(r.unknownPoints()).isZero();
        assertThat(r.sectionAccuracy()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.status().get(Status.MISSING).precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.status().get(Status.MISSING).recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.added().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.added().recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.carriedVersusChanged()).isGreaterThanOrEqualTo(0.9);
    }
}
