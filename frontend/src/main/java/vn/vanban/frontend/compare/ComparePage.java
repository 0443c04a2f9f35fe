package vn.vanban.frontend.compare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.vanban.backend.security.Audiences;
import vn.vanban.frontend.shell.MainLayout;
import vn.vanban.frontend.shell.Routes;
import vn.vanban.frontend.shell.UnavailableView;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.compare.CompareService;
import vn.vanban.indexer.compare.Comparison;

/**
 * So sánh ({@code /so-sanh?keys=A,B[,C]}), the first document the reference: points aligned row by
 * row with the word differences of each row, similarity per row and per section, and the coverage
 * checklist (CARRIED / CHANGED / MISSING / ADDED) with jump links to the rows. Differences are marked
 * by more than colour: added words are underlined and prefixed "+", removed ones struck through and
 * prefixed "−".
 */
@Route(value = Routes.COMPARE, layout = MainLayout.class)
@AnonymousAllowed
public class ComparePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String KEYS = "keys";

    private final CompareService compare;
    private String title = "";

    ComparePage(CompareService compare) {
        this.compare = compare;
        addClassName("vb-compare");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<String> keys =
                keys(event.getLocation().getQueryParameters().getParameters().getOrDefault(KEYS, List.of()));
        title = getTranslation("compare.title");
        add(new H2(title));
        if (keys.size() < 2 || keys.size() > 3) {
            add(new Paragraph(getTranslation("compare.needKeys")));
            return;
        }
        Comparison comparison;
        try {
            comparison = compare.compare(keys, Audiences.current());
        } catch (RuntimeException e) {
            UnavailableView.throwIfOutage(e);
            // Not found and forbidden read the same; the service's message names only what was asked.
            add(new Paragraph(getTranslation("compare.failed", String.join(", ", keys))));
            return;
        }
        show(comparison);
    }

    /** {@code keys=A,B} or {@code keys=A&keys=B}: the documents in order, blanks dropped. */
    static List<String> keys(List<String> values) {
        List<String> keys = new ArrayList<>();
        for (String v : values) {
            Arrays.stream(v.split(","))
                    .map(String::strip)
                    .filter(k -> !k.isEmpty())
                    .forEach(keys::add);
        }
        return List.copyOf(keys);
    }

    private void show(Comparison c) {
        int n = c.documents().size();
        Div header = new Div();
        header.addClassName("vb-compare-grid");
        header.getStyle().set("--vb-columns", Integer.toString(n));
        for (Comparison.DocumentInfo d : c.documents()) {
            Anchor a = new Anchor(Routes.document(d.key()), d.number() == null ? d.key() : d.number());
            a.getElement().setAttribute("router-link", true);
            Div cell = new Div(a, new Div(new Text(String.join(" · ", nonNull(d.issuer(), d.date())))));
            cell.addClassName("vb-compare-head");
            header.add(cell);
        }
        header.add(new Span(getTranslation("compare.similarity")));
        Paragraph overall = new Paragraph(getTranslation("compare.overall", CompareReport.percent(c.similarity())));
        overall.setId("overall-similarity");
        add(overall, legend(), actions(c));

        add(new H3(getTranslation("compare.coverage")));
        add(coverage(c));

        add(new H3(getTranslation("compare.rows")));
        add(header);
        for (int i = 0; i < c.pairs().size(); i++) {
            add(row(i, c.pairs().get(i), n));
        }
    }

    private Component legend() {
        Span added = new Span("+ " + getTranslation("compare.legend.added"));
        added.addClassName("vb-ins");
        Span removed = new Span("− " + getTranslation("compare.legend.removed"));
        removed.addClassName("vb-del");
        Span changed = new Span(getTranslation("compare.legend.changed"));
        Div legend = new Div(
                new Span(getTranslation("compare.legend") + ": "),
                added,
                new Text(" "),
                removed,
                new Text(" "),
                changed);
        legend.setId("legend");
        legend.addClassName("vb-legend");
        return legend;
    }

    /** The printable report: for inspectors and administrators (issue 14: comparison exports). */
    private Component actions(Comparison c) {
        Div actions = new Div();
        actions.addClassName("vb-actions");
        Audience audience = Audiences.current();
        if (audience == Audience.INSPECTOR || audience == Audience.ADMIN) {
            String html = CompareReport.html(c, getTranslation("compare.title"));
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            DownloadHandler report = DownloadHandler.fromInputStream(e -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "so-sanh.html", "text/html; charset=utf-8", bytes.length));
            Anchor link = new Anchor(report, getTranslation("compare.report"));
            link.setId("compare-report");
            actions.add(link);
        }
        return actions;
    }

    private Component coverage(Comparison c) {
        Div list = new Div();
        list.setId("coverage");
        list.addClassName("vb-coverage");
        for (Comparison.Coverage cov : c.coverage()) {
            list.add(coverageRow(cov.status().name(), cov.label(), cov.text(), rowOf(c, cov.label(), 0)));
        }
        for (Comparison.Added a : c.added()) {
            int column = indexOf(c, a.document());
            list.add(coverageRow("ADDED", a.label(), a.text(), rowOf(c, a.label(), column)));
        }
        return list;
    }

    private Component coverageRow(String status, String label, String text, int row) {
        Span badge = new Span(getTranslation("compare.status." + status));
        badge.addClassNames("vb-badge", "vb-status-" + status);
        badge.getElement().setAttribute("data-status", status);
        Component target;
        if (row >= 0) {
            Anchor jump = new Anchor("#row-" + row, label);
            target = jump;
        } else {
            target = new Span(label);
        }
        Div line = new Div(badge, new Text(" "), target, new Text(" " + shorten(text)));
        line.addClassName("vb-coverage-row");
        return line;
    }

    private static int rowOf(Comparison c, String label, int column) {
        for (int i = 0; i < c.pairs().size(); i++) {
            List<Comparison.PointCell> cells = c.pairs().get(i).cells();
            if (column < cells.size()
                    && cells.get(column) != null
                    && cells.get(column).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(Comparison c, String key) {
        for (int i = 0; i < c.documents().size(); i++) {
            if (c.documents().get(i).key().equals(key)) {
                return i;
            }
        }
        return 1;
    }

    private Component row(int index, Comparison.PairRow row, int columns) {
        Div line = new Div();
        line.addClassNames("vb-compare-grid", "vb-compare-row");
        line.getStyle().set("--vb-columns", Integer.toString(columns));
        line.setId("row-" + index);
        int last = -1;
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cells().get(i) != null) {
                last = i;
            }
        }
        for (int i = 0; i < row.cells().size(); i++) {
            Comparison.PointCell cell = row.cells().get(i);
            Div div = new Div();
            div.addClassName("vb-compare-cell");
            if (cell == null) {
                div.add(new Span(getTranslation("compare.absent")));
                div.addClassName("vb-absent");
            } else {
                Span label = new Span(cell.label() + " ");
                label.addClassName("vb-label");
                div.add(label);
                if (i == last && i > 0 && !row.diff().isEmpty()) {
                    diff(div, row.diff());
                } else {
                    div.add(new Text(cell.text()));
                }
            }
            line.add(div);
        }
        Span similarity = new Span(CompareReport.percent(row.similarity()));
        similarity.addClassName("vb-similarity");
        line.add(similarity);
        return line;
    }

    /** The diff as text nodes in marked spans: never HTML built from document text. */
    static void diff(Div into, List<Comparison.DiffSegment> segments) {
        for (Comparison.DiffSegment s : segments) {
            switch (s.op()) {
                case EQUAL -> into.add(new Text(s.text()));
                case INSERT -> {
                    Span ins = new Span(s.text());
                    ins.addClassName("vb-ins");
                    ins.getElement().setAttribute("data-op", "added");
                    ins.getElement().setAttribute("title", "+");
                    into.add(ins);
                }
                case DELETE -> {
                    Span del = new Span(s.text());
                    del.addClassName("vb-del");
                    del.getElement().setAttribute("data-op", "removed");
                    del.getElement().setAttribute("title", "−");
                    into.add(del);
                }
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
