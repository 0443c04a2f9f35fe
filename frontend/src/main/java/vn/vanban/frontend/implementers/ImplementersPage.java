package vn.vanban.frontend.implementers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.vanban.backend.document.DocumentNotFoundException;
import vn.vanban.backend.document.ImplementersExport;
import vn.vanban.backend.document.ImplementersView;
import vn.vanban.backend.document.ReferenceGraphService;
import vn.vanban.backend.followup.FollowUps;
import vn.vanban.backend.security.Audiences;
import vn.vanban.frontend.shell.Badges;
import vn.vanban.frontend.shell.MainLayout;
import vn.vanban.frontend.shell.Routes;
import vn.vanban.frontend.shell.UnavailableView;

/**
 * Triển khai ({@code /trien-khai/KEY?tinh=…}): who implemented a document, as a tree by level and
 * locality with counts, a timeline of issue dates, the provinces (or, with {@code tinh}, the
 * districts of that province) with and without an implementing document, CSV and XLSX exports; and
 * a "Theo dõi" tab ({@code ?xem=theo-doi}): the follow-up of the tasks the document assigns, whose
 * due dates are also drawn on the timeline.
 */
@Route(value = Routes.IMPLEMENTERS, layout = MainLayout.class)
@AnonymousAllowed
public class ImplementersPage extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String PROVINCE = "tinh";
    static final String TAB = "xem";
    static final String FOLLOW_UP_TAB = "theo-doi";

    private final ReferenceGraphService graph;
    private final FollowUps followUps;
    private String title = "";

    ImplementersPage(ReferenceGraphService graph, FollowUps followUps) {
        this.graph = graph;
        this.followUps = followUps;
        addClassName("vb-implementers");
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String key) {
        removeAll();
        String province = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(PROVINCE)
                .filter(p -> !p.isBlank())
                .orElse(null);
        ImplementersView view;
        try {
            view = graph.implementers(key, province, Audiences.current());
        } catch (DocumentNotFoundException e) {
            title = getTranslation("error.notFound", key);
            add(new H2(title));
            return;
        } catch (RuntimeException e) {
            UnavailableView.throwIfOutage(e);
            title = getTranslation("error.unavailable");
            add(new Paragraph(title));
            return;
        }
        boolean followUpFirst = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(TAB)
                .filter(FOLLOW_UP_TAB::equals)
                .isPresent();
        show(key, province, view, followUpFirst, event.getLocation().getPath());
    }

    private void show(
            String key, @Nullable String province, ImplementersView view, boolean followUpFirst, String path) {
        String rootLabel = view.root().number() == null ? key : view.root().number();
        title = getTranslation("implementers.title", rootLabel);
        Anchor root = new Anchor(Routes.document(key), rootLabel);
        root.getElement().setAttribute("router-link", true);
        add(new H2(new Span(getTranslation("implementers.title", "")), root));
        if (province != null) {
            Anchor all = new Anchor(Routes.implementers(key), getTranslation("implementers.allProvinces"));
            all.getElement().setAttribute("router-link", true);
            add(new Paragraph(new Span(getTranslation("implementers.inProvince", province) + " · "), all));
        }
        Div implementers = new Div();
        implementers.setId("implementers-tab");
        Div followUpTab = new Div();
        followUpTab.setId("followup-tab");
        // The follow-up reads the implementers and the reports again: computed only when its tab is
        // opened, and once for this page.
        Runnable openFollowUp = () -> {
            if (followUpTab.getChildren().findAny().isEmpty()) {
                followUpTab.add(followUp(key));
            }
        };
        TabSheet tabs = new TabSheet();
        tabs.setId("implementers-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("implementers.tab"), implementers).setId("tab-implementers");
        tabs.add(getTranslation("followup.tab"), followUpTab).setId("tab-followup");
        if (followUpFirst) {
            tabs.setSelectedIndex(1);
            openFollowUp.run();
        }
        // The chosen tab goes into the URL, so that a reload or a shared link opens it.
        tabs.addSelectedChangeListener(e -> {
            if (tabs.getSelectedIndex() == 1) {
                openFollowUp.run();
            }
        });
        tabs.addSelectedChangeListener(e -> getUI().ifPresent(ui -> {
            Map<String, String> query = new java.util.LinkedHashMap<>();
            if (province != null) {
                query.put(PROVINCE, province);
            }
            if (tabs.getSelectedIndex() == 1) {
                query.put(TAB, FOLLOW_UP_TAB);
            }
            String q = QueryParameters.simple(query).getQueryString();
            ui.getPage().getHistory().replaceState(null, path + (q.isEmpty() ? "" : "?" + q));
        }));
        add(tabs);
        fill(implementers, key, province, view);
    }

    private Component followUp(String key) {
        try {
            return new FollowUpPanel(followUps.of(key, Audiences.current()));
        } catch (RuntimeException e) {
            // A cited-only root has no text to read tasks from: the tab says so.
            return new Paragraph(getTranslation("followup.none"));
        }
    }

    private void fill(HasComponents into, String key, @Nullable String province, ImplementersView view) {
        Div counts = new Div();
        counts.setId("counts");
        Span total = new Span(getTranslation("implementers.total", view.total()));
        total.setId("implementers-total");
        counts.add(total);
        view.countsByLevel()
                .forEach((level, n) -> counts.add(Badges.badge(Badges.level(this, level) + ": " + n, "level")));
        if (view.truncated()) {
            counts.add(new Paragraph(getTranslation("implementers.truncated")));
        }
        into.add(counts, exports(key, view));

        into.add(new H3(getTranslation("implementers.tree")));
        into.add(tree(view));

        into.add(new H3(getTranslation("timeline.title")));
        TimelineChart timeline = new TimelineChart();
        into.add(timeline);
        LocalDate directive = date(view.root().date());
        List<LocalDate> dates = new ArrayList<>();
        view.timeline().forEach(t -> {
            LocalDate d = date(t.date());
            if (d != null) {
                dates.add(d);
            }
        });
        if (directive == null && !dates.isEmpty()) {
            directive = dates.stream().min(LocalDate::compareTo).orElseThrow();
        }
        List<TimelineChart.Due> dues = new ArrayList<>();
        try {
            followUps
                    .dueDates(key, Audiences.current())
                    .forEach(d -> dues.add(new TimelineChart.Due(d, getTranslation("timeline.due", d.toString()))));
        } catch (RuntimeException e) {
            // A cited-only root has no tasks: no due date to draw.
        }
        if (directive != null) {
            timeline.show(directive, dates, getTranslation("timeline.documents"), dues);
        }

        into.add(new H3(
                getTranslation(province == null ? "implementers.places.provinces" : "implementers.places.districts")));
        into.add(places(key, province, view));
    }

    private Component tree(ImplementersView view) {
        TreeGrid<ImplementersView.Node> tree = new TreeGrid<>();
        tree.setId("implementers-tree");
        tree.setItems(view.children(), ImplementersView.Node::children);
        tree.addComponentHierarchyColumn(n -> {
                    Anchor a = new Anchor(Routes.document(n.key()), n.number() == null ? n.key() : n.number());
                    a.getElement().setAttribute("router-link", true);
                    return a;
                })
                .setHeader(getTranslation("implementers.column.number"))
                .setFlexGrow(2)
                .setResizable(true);
        tree.addColumn(n -> Badges.level(this, n.issuerLevel())).setHeader(getTranslation("implementers.column.level"));
        tree.addColumn(n -> n.issuer() == null ? "" : n.issuer())
                .setHeader(getTranslation("implementers.column.issuer"))
                .setFlexGrow(2);
        tree.addColumn(n -> locality(n))
                .setHeader(getTranslation("implementers.column.locality"))
                .setFlexGrow(2);
        tree.addColumn(n -> n.date() == null ? "" : n.date()).setHeader(getTranslation("implementers.column.date"));
        tree.setAllRowsVisible(false);
        tree.setHeight("28rem");
        if (view.total() <= 500) {
            tree.expandRecursively(view.children(), 8);
        }
        return tree;
    }

    private static String locality(ImplementersView.Node n) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {n.commune(), n.district(), n.province()}) {
            if (p != null && !p.isBlank()) {
                parts.add(p);
            }
        }
        return String.join(", ", parts);
    }

    /**
     * Places with a count of implementing documents: those with documents (from the tree) and those
     * without (the service's list), the latter first, since they are what an inspector looks for.
     */
    private Component places(String key, @Nullable String province, ImplementersView view) {
        List<PlaceRow> rows = PlaceRow.of(province, view);
        Grid<PlaceRow> grid = new Grid<>();
        grid.setId("places");
        grid.setItems(rows);
        grid.addColumn(new ComponentRenderer<>(r -> {
                    if (province != null) {
                        return new Span(r.name());
                    }
                    // A province opens its districts.
                    Anchor a = new Anchor(
                            Routes.implementers(key) + "?"
                                    + QueryParameters.of(PROVINCE, r.name()).getQueryString(),
                            r.name());
                    a.getElement().setAttribute("router-link", true);
                    return a;
                }))
                .setHeader(getTranslation(
                        province == null ? "implementers.column.province" : "implementers.column.district"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.documents() == 0 ? getTranslation("implementers.none") : Long.toString(r.documents()))
                .setHeader(getTranslation("implementers.column.documents"));
        grid.setPartNameGenerator(r -> r.documents() == 0 ? "vb-without" : null);
        grid.setAllRowsVisible(rows.size() <= 40);
        if (rows.size() > 40) {
            grid.setHeight("24rem");
        }
        Span without = new Span(getTranslation(
                "implementers.without",
                rows.stream().filter(r -> r.documents() == 0).count()));
        without.setId("without-count");
        return new Div(without, grid);
    }

    /** A province or district row: its name and how many documents of the tree were issued there. */
    record PlaceRow(String name, long documents) {

        static List<PlaceRow> of(@Nullable String province, ImplementersView view) {
            Map<String, Long> with = new TreeMap<>();
            count(view.children(), province, with);
            List<PlaceRow> rows = new ArrayList<>();
            for (ImplementersView.Place p : view.withoutImplementing()) {
                String name = province == null ? p.province() : p.district();
                if (name != null && !with.containsKey(name)) {
                    rows.add(new PlaceRow(name, 0));
                }
            }
            rows.sort(java.util.Comparator.comparing(PlaceRow::name));
            with.forEach((name, n) -> rows.add(new PlaceRow(name, n)));
            return List.copyOf(rows);
        }

        private static void count(
                List<ImplementersView.Node> nodes, @Nullable String province, Map<String, Long> into) {
            for (ImplementersView.Node n : nodes) {
                String place = province == null ? n.province() : n.district();
                if (place != null && !place.isBlank()) {
                    into.merge(place, 1L, Long::sum);
                }
                count(n.children(), province, into);
            }
        }
    }

    private Component exports(String key, ImplementersView view) {
        String base = "trien-khai-" + key.replaceAll("[^\\p{L}\\p{N}]+", "-");
        DownloadHandler csv = DownloadHandler.fromInputStream(e -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                ImplementersExport.csv(view, w);
            }
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), base + ".csv", "text/csv", bytes.length);
        });
        DownloadHandler xlsx = DownloadHandler.fromInputStream(e -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImplementersExport.xlsx(view, out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes),
                    base + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    bytes.length);
        });
        Anchor csvLink = new Anchor(csv, getTranslation("implementers.export.csv"));
        csvLink.setId("export-csv");
        Anchor xlsxLink = new Anchor(xlsx, getTranslation("implementers.export.xlsx"));
        xlsxLink.setId("export-xlsx");
        Anchor graphLink = new Anchor(Routes.graph(key), getTranslation("document.graph"));
        graphLink.getElement().setAttribute("router-link", true);
        graphLink.setId("open-graph");
        Div exports = new Div(csvLink, xlsxLink, graphLink);
        exports.addClassName("vb-actions");
        return exports;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
