package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        assertGoalOn(HeldOutSections.RESOURCE, 30, 0);
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
        assertGoalOn(HeldOutSections.DEVELOPMENT, 0, 0);
    }

    /**
     * The third set (33 sections, 170 tasks), written blind for issue #12: its author read neither
     * the rules nor the sentences of the first two sets, only the output vocabulary.
     *
     * <p>Measured blind on 2026-11-30 against the merged s4-followup extractor (one run, no rule or
     * label changed before it): found 169/170 = 0.994, assignees 143/170 = 0.841, role 167/170 =
     * 0.982, action 157/170 = 0.924, due 164/170 = 0.965, recurrence 166/170 = 0.976. (On 9fddda7,
     * before s4-followup: assignees 0.824, role 0.976, due 0.965.)
     *
     * <p>It is now a DEVELOPMENT set, no longer held out: the rules were since improved by kinds of
     * rule on its errors (a heading ending with ":" heads its "-", "+" and "a)" items; the items
     * under "Giao các cơ quan sau …:" name the assignees; an organ of one committee is not a class;
     * a list of kinds "Các Vụ, Cục, Viện"; "tổ chức thành viên"; "Đoàn", "Công đoàn" start a name;
     * a day without a year and without "ngày"; "kể từ ngày Kế hoạch này được ban hành"; "chậm nhất
     * n ngày sau"; "vào năm"; the fixed day of a yearly task far from "hằng năm"; "tăng cường giám
     * sát"; a clause without subject keeps the role before it; each proved in {@link
     * AssignmentRuleKindsTest}). After them: found, role, due and recurrence 170/170, assignees
     * 169/170. The one left is a label that contradicts set 2: "Đảng uỷ các xã, thị trấn, chi bộ
     * trực thuộc" is two classes here and one (the first member's) in set 2, section 43. A blind
     * measure needs a new set.
     */
    @Test
    void the_third_set_now_a_development_set_reaches_95_percent_per_field() {
        assertGoalOn(HeldOutSections.THIRD, 30, 100);
    }

    /** Reads the fourth set only (never the extractor), so its format and size are checked blind. */
    @Test
    void the_fourth_set_holds_30_sections_and_100_labelled_tasks() {
        List<HeldOutSections.Case> cases = HeldOutSections.read(HeldOutSections.FOURTH);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases.stream().mapToInt(c -> c.tasks().size()).sum()).isGreaterThanOrEqualTo(100);
    }

    /**
     * The fourth set, written blind for issue #12 (follow-up) by an engineer who read neither the
     * rules nor the sentences of sets 1–3, only the output vocabulary and the labelling conventions
     * of set 3; other provinces and organs than set 3 (34 sections, 181 tasks). Measured once, blind,
     * on 2026-11-30 against the rules of merge 1eaf6e7 (after sets 2 and 3 had been used): due 0.956,
     * assignees 0.978, role 0.989 (found 1.000, recurrence 0.994, action 0.890). The misses: due dates
     * of a clause whose date stands in its heading or after an event ("sau diễn tập 15 ngày"), a
     * quarter without its year; "phân công đồng chí …" read as MONITOR; a chi bộ's own members read as
     * the class of cells. From now on it is seen data: a blind measure needs a new set.
     */
    @Test
    void the_fourth_set_written_blind_reaches_95_percent_per_field() {
        assertGoalOn(HeldOutSections.FOURTH, 30, 100);
    }

    /** The goal, ≥ 0.95 for the due date, the assignee class and the role, on one set. */
    private static void assertGoalOn(String set, int minSections, int minTasks) {
        List<HeldOutSections.Case> cases = HeldOutSections.read(set);
        HeldOutSections.Report report = HeldOutSections.evaluate(cases);
        System.out.print(set + "\n" + report.summary());
        report.mismatches().forEach(m -> System.out.println("  " + m));

        assertThat(cases).hasSizeGreaterThanOrEqualTo(minSections);
        assertThat(report.expected()).isGreaterThanOrEqualTo(minTasks);
        for (String field : List.of("due", "assignees", "role")) {
            assertThat(report.accuracy(field))
                    .as(field + "\n" + report.summary())
                    .isGreaterThanOrEqualTo(0.95);
        }
    }
}
