package vn.vanban.frontend.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.compare.Comparison;

class CompareReportTest {

    @Test
    void document_text_in_the_report_is_escaped_and_only_the_diff_marks_are_markup() {
        String html = CompareReport.diff(List.of(
                new Comparison.DiffSegment(Comparison.Op.EQUAL, "Tuyên truyền "),
                new Comparison.DiffSegment(Comparison.Op.INSERT, "<script>alert(1)</script>"),
                new Comparison.DiffSegment(Comparison.Op.DELETE, "<img src=x onerror=alert(1)>")));
        assertThat(html)
                .isEqualTo("Tuyên truyền <ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>"
                        + "<del>&lt;img src=x onerror=alert(1)&gt;</del>");
    }

    @Test
    void the_keys_parameter_accepts_a_list_or_repeated_values() {
        assertThat(ComparePage.keys(List.of("A, B", "C", " "))).containsExactly("A", "B", "C");
    }
}
