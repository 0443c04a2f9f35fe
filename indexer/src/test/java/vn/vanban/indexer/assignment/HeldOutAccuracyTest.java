package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of extraction on the held-out sections (issue #12 goal: ≥ 0.95 per field for the due
 * date, the assignee class and the role). The sections were written before the rules. Their own
 * errors (two tasks) were later fixed by rule kinds found on the development set, so they are seen
 * data now too; the blind measure of the rules is the next set written without reading them.
 */
class HeldOutAccuracyTest {

    @Test
    void due_date_assignee_class_and_role_are_right_for_95_percent_of_the_held_out_tasks() {
        List<HeldOutSections.Case> cases = HeldOutSections.read(HeldOutSections.RESOURCE);
        HeldOutSections.Report report = HeldOutSections.evaluate(cases);
        System.out.print(report.summary());

        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(report.accuracy("due")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.accuracy("assignees")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.accuracy("role")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The second set, written after the rules. Measured blind at its commit: due 0.974, assignees 0.868,
     * role 0.921 over 38 tasks. It is now a DEVELOPMENT set, no longer held out: the rules were
     * improved by kinds of rule on its errors (a circumstance before the subject, "vào tháng", a duty
     * phrase before the role verb, "hướng dẫn, kiểm tra" versus "hướng dẫn, theo dõi", one class
     * named twice, the Front sharing the place of the mass organisations, a list of the class of its
     * first member; each proved in {@link AssignmentRuleKindsTest}). A blind measure needs a new set.
     */
    @Test
    void the_development_set_reaches_the_goal() {
        HeldOutSections.Report report = HeldOutSections.evaluate(HeldOutSections.read(HeldOutSections.DEVELOPMENT));
        System.out.print(report.summary());

        assertThat(report.accuracy("due")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.accuracy("assignees")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.accuracy("role")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The third set (33 sections, 170 tasks), written blind for issue #12: its author read neither
     * the rules nor the sentences of the first two sets, only the output vocabulary. It measures;
     * it must never be used to tune the rules.
     *
     * <p>Measured blind on 2026-11-30 against commit 9fddda7 (one run, no rule or label changed
     * after it): found 169/170 = 0.994, assignees 140/170 = 0.824, role 166/170 = 0.976, action
     * 157/170 = 0.924, due 164/170 = 0.965, recurrence 166/170 = 0.976. Assignees are below the
     * goal: most misses are items listed under a heading that ends with ":" or whose items start
     * with "+" (the heading's class is lost), a list of organs after "Giao các cơ quan sau", and
     * named organs read as a class ("Ủy ban Kiểm tra Đảng ủy phường").
     */
    @Disabled("measured blind 2026-11-30 on 9fddda7: assignees 0.824, role 0.976, due 0.965;"
            + " integrator re-measures after s4-followup merges")
    @Test
    void the_third_set_written_blind_reaches_95_percent_per_field() {
        List<HeldOutSections.Case> cases = HeldOutSections.read(HeldOutSections.THIRD);
        HeldOutSections.Report report = HeldOutSections.evaluate(cases);
        System.out.print(report.summary());
        report.mismatches().forEach(m -> System.out.println("  " + m));

        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(report.expected()).isGreaterThanOrEqualTo(100);
        assertThat(report.accuracy("due")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.accuracy("assignees")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.accuracy("role")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The fourth set, written blind for issue #12 (follow-up) by an engineer who read neither the
     * rules nor the sentences of sets 1–3, only the output vocabulary and the labelling conventions
     * of set 3. Other provinces and organs than set 3. It has never been run against the extractor:
     * the integrator measures it once, against the final rules, and records the result here; after
     * that it is seen data and a blind measure needs a new set.
     */
    /** Reads the fourth set only (never the extractor), so its format and size are checked blind. */
    @Test
    void the_fourth_set_holds_30_sections_and_100_labelled_tasks() {
        List<HeldOutSections.Case> cases = HeldOutSections.read(HeldOutSections.FOURTH);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases.stream().mapToInt(c -> c.tasks().size()).sum()).isGreaterThanOrEqualTo(100);
    }

    @Disabled("integrator measures once")
    @Test
    void the_fourth_set_written_blind_reaches_95_percent_per_field() {
        List<HeldOutSections.Case> cases = HeldOutSections.read(HeldOutSections.FOURTH);
        HeldOutSections.Report report = HeldOutSections.evaluate(cases);
        System.out.print(report.summary());
        report.mismatches().forEach(m -> System.out.println("  " + m));

        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(report.expected()).isGreaterThanOrEqualTo(100);
        assertThat(report.accuracy("due")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.accuracy("assignees")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.accuracy("role")).as(report.summary()).isGreaterThanOrEqualTo(0.95);
    }
}
