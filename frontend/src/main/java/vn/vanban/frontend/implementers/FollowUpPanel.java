package vn.vanban.frontend.implementers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vanban.frontend.shell.Badges;
import vn.vanban.frontend.shell.Routes;
import vn.vanban.indexer.assignment.FollowUp;
import vn.vanban.indexer.assignment.FollowUpExport;

/**
 * Theo dõi (the follow-up tab): the counts per status, then each task with its due date and its
 * units. A status is always written in words ("Chậm 12 ngày"), its colour only repeats it.
 */
public class FollowUpPanel extends Div {

    FollowUpPanel(FollowUp followUp) {
        setId("followup");
        addClassName("vb-followup");
        add(new Paragraph(getTranslation("followup.today", followUp.today().toString())));
        add(counts(followUp), exports(followUp));
        List<FollowUp.Task> withUnits = followUp.tasks().stream()
                .filter(t -> !t.units().isEmpty() || !t.found().isEmpty())
                .toList();
        if (withUnits.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("followup.none"));
            none.setId("followup-none");
            add(none);
        }
        int i = 0;
        for (FollowUp.Task t : withUnits) {
            add(task(t, i++));
        }
    }

    /** "Đúng hạn" / "Chậm 12 ngày" / "Chưa có" / "Chưa đến hạn", in the reader's language. */
    public static String statusText(Component in, FollowUp.UnitStatus u) {
        return u.status() == FollowUp.Status.LATE && u.daysLate() != null
                ? in.getTranslation("followup.status.LATE.days", u.daysLate())
                : in.getTranslation("followup.status." + u.status().name());
    }

    private Component counts(FollowUp followUp) {
        Div counts = new Div();
        counts.setId("followup-counts");
        counts.addClassName("vb-actions");
        for (FollowUp.Status s : FollowUp.Status.values()) {
            Span badge = Badges.badge(
                    getTranslation("followup.status." + s.name()) + ": "
                            + followUp.counts().byStatus().getOrDefault(s, 0L),
                    "followup-" + s.name().toLowerCase(Locale.ROOT));
            badge.setVisible(true);
            badge.setId("followup-count-" + s.name());
            counts.add(badge);
        }
        return counts;
    }

    private Component task(FollowUp.Task t, int index) {
        Div box = new Div();
        box.addClassName("vb-followup-task");
        box.add(new H4(t.text()));
        List<String> facts = new ArrayList<>();
        facts.add(
                t.due() == null
                        ? getTranslation("followup.noDue")
                        : getTranslation("followup.due", t.due().toString()));
        if (t.recurrence() != null) {
            facts.add(getTranslation("followup.recurrence", t.recurrence()));
        }
        facts.add(getTranslation("followup.assignees", String.join("; ", t.assignees())));
        box.add(new Paragraph(String.join(" · ", facts)));
        if (!t.countUnknown().isEmpty()) {
            box.add(new Paragraph(getTranslation("followup.countUnknown", String.join("; ", t.countUnknown()))));
        }
        List<FollowUp.UnitStatus> units = new ArrayList<>(t.units());
        units.addAll(t.found());
        Grid<FollowUp.UnitStatus> grid = new Grid<>();
        grid.setId("followup-task-" + index);
        grid.setItems(units);
        grid.addColumn(FollowUp.UnitStatus::organ)
                .setHeader(getTranslation("followup.column.unit"))
                .setFlexGrow(2);
        grid.addColumn(u -> Badges.level(this, u.level())).setHeader(getTranslation("implementers.column.level"));
        grid.addColumn(new ComponentRenderer<>(u -> {
                    Span s = new Span(statusText(this, u));
                    s.addClassNames(
                            "vb-badge", "vb-badge-followup-" + u.status().name().toLowerCase(Locale.ROOT));
                    s.getElement().setAttribute("data-status", u.status().name());
                    return s;
                }))
                .setHeader(getTranslation("followup.column.status"));
        grid.addColumn(new ComponentRenderer<>(u -> {
                    if (u.document() == null) {
                        return new Span();
                    }
                    Anchor a = new Anchor(Routes.document(u.document()), u.document());
                    a.getElement().setAttribute("router-link", true);
                    return a;
                }))
                .setHeader(getTranslation("followup.column.document"))
                .setFlexGrow(2);
        grid.addColumn(u -> u.date() == null ? "" : u.date().toString())
                .setHeader(getTranslation("implementers.column.date"));
        grid.setAllRowsVisible(units.size() <= 30);
        if (units.size() > 30) {
            grid.setHeight("24rem");
        }
        box.add(grid);
        return box;
    }

    private Component exports(FollowUp followUp) {
        String base = "theo-doi-" + followUp.document().replaceAll("[^\\p{L}\\p{N}]+", "-");
        DownloadHandler csv = DownloadHandler.fromInputStream(e -> {
            byte[] bytes = FollowUpExport.csv(followUp).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), base + ".csv", "text/csv", bytes.length);
        });
        DownloadHandler xlsx = DownloadHandler.fromInputStream(e -> {
            byte[] bytes = FollowUpExport.xlsx(followUp);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    base + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    bytes.length);
        });
        Anchor csvLink = new Anchor(csv, getTranslation("implementers.export.csv"));
        csvLink.setId("followup-export-csv");
        Anchor xlsxLink = new Anchor(xlsx, getTranslation("implementers.export.xlsx"));
        xlsxLink.setId("followup-export-xlsx");
        Div exports = new Div(csvLink, xlsxLink);
        exports.addClassName("vb-actions");
        return exports;
    }
}
