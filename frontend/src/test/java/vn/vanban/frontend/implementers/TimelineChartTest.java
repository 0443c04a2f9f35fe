package vn.vanban.frontend.implementers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    @Test
    void every_month_from_the_directive_to_the_last_document_is_a_bar_empty_months_included() {
        var bars = TimelineChart.months(
                LocalDate.of(2021, 5, 19),
                List.of(LocalDate.of(2021, 6, 22), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 8, 4)));
        assertThat(bars)
                .containsExactly(
                        new TimelineChart.Bar("2021-05", 0),
                        new TimelineChart.Bar("2021-06", 2),
                        new TimelineChart.Bar("2021-07", 0),
                        new TimelineChart.Bar("2021-08", 1));
    }

    @Test
    void a_date_before_the_directive_counts_in_the_directives_month() {
        var bars = TimelineChart.months(LocalDate.of(2021, 5, 19), List.of(LocalDate.of(2020, 1, 1)));
        assertThat(bars).containsExactly(new TimelineChart.Bar("2021-05", 1));
    }

    @Test
    void a_due_date_after_the_last_document_extends_the_months_to_draw_its_line() {
        var bars = TimelineChart.months(
                LocalDate.of(2021, 5, 19), List.of(LocalDate.of(2021, 6, 2)), List.of(LocalDate.of(2021, 8, 31)));
        assertThat(bars)
                .extracting(TimelineChart.Bar::month)
                .containsExactly("2021-05", "2021-06", "2021-07", "2021-08");
        assertThat(bars).extracting(TimelineChart.Bar::documents).containsExactly(0L, 1L, 0L, 0L);
    }
}
