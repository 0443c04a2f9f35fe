package vn.vanban.frontend.implementers;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar chart (chart.js, loaded from its WebJar) of how many implementing documents were issued in
 * each month after the directive.
 */
@JavaScript("context://webjars/chart.js/dist/chart.umd.js")
public class TimelineChart extends Div {

    /** One bar: a month ({@code 2021-06}) and the documents issued in it. */
    public record Bar(String month, long documents) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private List<Bar> bars = List.of();

    public TimelineChart() {
        addClassName("vb-timeline");
        setId("timeline");
    }

    /** Draws the documents of {@code dates} per month, from the directive's month to the last date. */
    public void show(LocalDate directive, List<LocalDate> dates, String seriesLabel) {
        show(directive, dates, seriesLabel, List.of());
    }

    /** A due date drawn on the chart: a labelled vertical line in its month. */
    public record Due(LocalDate date, String label) {}

    /**
     * As {@link #show(LocalDate, List, String)}, with a vertical line at each due date's month (the
     * months reach it when it is after the last document).
     */
    public void show(LocalDate directive, List<LocalDate> dates, String seriesLabel, List<Due> dues) {
        bars = months(directive, dates, dues.stream().map(Due::date).toList());
        List<String> labels = bars.stream().map(Bar::month).toList();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Due due : dues) {
            String month = YearMonth.from(due.date()).toString();
            int at = labels.indexOf(month);
            if (at >= 0) {
                lines.add(Map.of("index", at, "label", due.label()));
            }
        }
        getElement().setAttribute("data-bar-count", Integer.toString(bars.size()));
        getElement()
                .setAttribute(
                        "data-due",
                        String.join(
                                ",", dues.stream().map(d -> d.date().toString()).toList()));
        getElement()
                .executeJs(
                        SCRIPT,
                        JSON.writeValueAsString(labels),
                        JSON.writeValueAsString(
                                bars.stream().map(Bar::documents).toList()),
                        seriesLabel,
                        JSON.writeValueAsString(lines));
    }

    static List<Bar> months(LocalDate directive, List<LocalDate> dates) {
        return months(directive, dates, List.of());
    }

    /**
     * Every month from the directive's to the latest document's, empty months included (a gap in
     * the campaign is information); dates before the directive are counted in its month, since a
     * document cannot implement one issued after it and such a date is a typing error. The months
     * reach the latest due date too, so that its line can be drawn.
     */
    static List<Bar> months(LocalDate directive, List<LocalDate> dates, List<LocalDate> dues) {
        YearMonth first = YearMonth.from(directive);
        Map<YearMonth, Long> counts = new TreeMap<>();
        YearMonth last = first;
        for (LocalDate date : dates) {
            YearMonth month = YearMonth.from(date).isBefore(first) ? first : YearMonth.from(date);
            counts.merge(month, 1L, Long::sum);
            if (month.isAfter(last)) {
                last = month;
            }
        }
        for (LocalDate due : dues) {
            if (YearMonth.from(due).isAfter(last)) {
                last = YearMonth.from(due);
            }
        }
        List<Bar> bars = new ArrayList<>();
        long span = ChronoUnit.MONTHS.between(first, last);
        for (long i = 0; i <= span; i++) {
            YearMonth month = first.plusMonths(i);
            bars.add(new Bar(month.toString(), counts.getOrDefault(month, 0L)));
        }
        return List.copyOf(bars);
    }

    public List<Bar> bars() {
        return bars;
    }

    // A fresh canvas per drawing (chart.js binds one chart to one canvas); animation off so that
    // a screenshot shows the bars; the due dates are dashed lines (not colour alone: labelled); data-drawn tells a
    // browser test the chart exists.
    private static final String SCRIPT = """
            const host = this;
            if (host.$chart) { host.$chart.destroy(); }
            host.innerHTML = '';
            const canvas = document.createElement('canvas');
            host.appendChild(canvas);
            host.$chart = new Chart(canvas, {
              type: 'bar',
              data: { labels: JSON.parse($0), datasets: [{ label: $2, data: JSON.parse($1), backgroundColor: '#1f77b4' }] },
              options: { responsive: true, maintainAspectRatio: false, animation: false,
                         scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
              plugins: [{ id: 'dues', afterDraw(chart) {
                const ctx = chart.ctx, area = chart.chartArea;
                for (const due of JSON.parse($3)) {
                  const x = chart.scales.x.getPixelForValue(due.index);
                  ctx.save();
                  ctx.strokeStyle = '#d62728'; ctx.lineWidth = 2; ctx.setLineDash([6, 4]);
                  ctx.beginPath(); ctx.moveTo(x, area.top); ctx.lineTo(x, area.bottom); ctx.stroke();
                  ctx.setLineDash([]); ctx.fillStyle = '#d62728'; ctx.font = 'bold 12px sans-serif';
                  ctx.fillText(due.label, x + 4, area.top + 12);
                  ctx.restore();
                }
              } }]
            });
            host.setAttribute('data-drawn', 'true');
            """;
}
