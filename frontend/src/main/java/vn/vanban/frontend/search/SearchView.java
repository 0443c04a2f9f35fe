package vn.vanban.frontend.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import vn.vanban.backend.search.FacetCount;
import vn.vanban.backend.search.SearchHit;
import vn.vanban.backend.search.SearchResult;
import vn.vanban.backend.search.SearchService;
import vn.vanban.backend.search.Suggestion;
import vn.vanban.backend.security.Audiences;
import vn.vanban.backend.security.PublicRateLimit;
import vn.vanban.frontend.shell.Badges;
import vn.vanban.frontend.shell.Highlights;
import vn.vanban.frontend.shell.MainLayout;
import vn.vanban.frontend.shell.Routes;
import vn.vanban.frontend.shell.UnavailableView;

/**
 * Tìm kiếm ({@code /?q=…}): the query box with suggestions, facets with counts, result cards,
 * sort and paging. Every change navigates to the new URL ({@link SearchState}), so that the back
 * button and a shared link show the same page.
 */
@Route(value = Routes.SEARCH, layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private final PublicRateLimit rateLimit;

    private final ComboBox<Suggestion> box = new ComboBox<>();
    private final Div facets = new Div();
    private final Div results = new Div();
    private SearchState state = SearchState.from(com.vaadin.flow.router.QueryParameters.empty());

    SearchView(SearchService search, PublicRateLimit rateLimit) {
        this.search = search;
        this.rateLimit = rateLimit;
        addClassName("vb-search-page");

        box.setId("search-box");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setAriaLabel(getTranslation("search.placeholder"));
        box.setAllowCustomValue(true);
        box.setWidthFull();
        box.setItemLabelGenerator(Suggestion::text);
        box.setItems(query -> {
            String filter = query.getFilter().orElse("");
            // The box asks for pages; suggestions are one short list.
            List<Suggestion> found = filter.isBlank() ? List.of() : search.suggest(filter, Audiences.current());
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        box.addCustomValueSetListener(e -> go(new SearchState(
                e.getDetail(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, false, 1)));
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().key().isEmpty()) {
                UI.getCurrent().navigate(Routes.document(e.getValue().key()));
            }
        });

        facets.addClassName("vb-facets");
        facets.setId("facets");
        results.addClassName("vb-results");
        results.setId("results");
        Div body = new Div(facets, results);
        body.addClassName("vb-search");
        add(box, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.from(event.getLocation().getQueryParameters());
        // The box shows the query as typed: a value with no document behind it (never navigated to).
        box.setValue(state.text().isEmpty() ? null : new Suggestion(state.text(), ""));
        show();
    }

    void go(SearchState next) {
        UI.getCurrent().navigate(Routes.SEARCH, next.toParameters());
    }

    private void show() {
        facets.removeAll();
        results.removeAll();
        if (!Audiences.signedIn()) {
            PublicRateLimit.Admission admission = rateLimit.admit(clientAddress());
            if (!admission.allowed()) {
                results.add(message(getTranslation("error.rateLimited", admission.retryAfterSeconds())));
                return;
            }
        }
        SearchResult result;
        try {
            result = search.search(state.toQuery(), Audiences.current());
        } catch (IllegalArgumentException e) {
            // An unreadable query (the service says what is wrong with it, in words).
            results.add(message(e.getMessage()));
            return;
        } catch (RuntimeException e) {
            UnavailableView.throwIfOutage(e);
            results.add(message(getTranslation("error.unavailable")));
            return;
        }
        showFacets(result);
        showResults(result);
    }

    private void showFacets(SearchResult result) {
        SearchState.FACETS.forEach((parameter, facet) -> {
            List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            if (counts.isEmpty() && state.chosen(parameter).isEmpty()) {
                return;
            }
            CheckboxGroup<String> group = new CheckboxGroup<>();
            group.setId("facet-" + parameter);
            Map<String, Long> byValue = new java.util.LinkedHashMap<>();
            counts.forEach(c -> byValue.put(c.value(), c.count()));
            state.chosen(parameter).forEach(v -> byValue.putIfAbsent(v, 0L));
            group.setItems(byValue.keySet());
            group.setItemLabelGenerator(v -> label(parameter, v) + " (" + byValue.get(v) + ")");
            group.setValue(new java.util.LinkedHashSet<>(state.chosen(parameter)));
            group.addThemeName("vertical");
            // Added after the value is set, so only the user's choice navigates.
            group.addValueChangeListener(e -> go(state.with(parameter, List.copyOf(e.getValue()))));
            Details details = new Details(getTranslation("search.facet." + parameter), group);
            details.setOpened(true);
            facets.add(details);
        });
        DatePicker from = new DatePicker(getTranslation("search.from"), state.from());
        DatePicker to = new DatePicker(getTranslation("search.to"), state.to());
        from.setId("date-from");
        to.setId("date-to");
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withDates(e.getValue(), state.to()));
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withDates(state.from(), e.getValue()));
            }
        });
        Details dates = new Details(getTranslation("search.dates"), from, to);
        dates.setOpened(state.from() != null || state.to() != null);
        facets.add(dates);
    }

    private String label(String parameter, String value) {
        return switch (parameter) {
            case SearchState.LEVEL -> Badges.level(this, value);
            case SearchState.SIDE -> Badges.side(this, value);
            default -> value;
        };
    }

    private void showResults(SearchResult result) {
        Span count = new Span(
                getTranslation(result.totalIsLowerBound() ? "search.count.atLeast" : "search.count", result.total()));
        count.setId("result-count");
        Select<Boolean> sort = new Select<>();
        sort.setId("sort");
        sort.setItems(false, true);
        sort.setItemLabelGenerator(byDate -> getTranslation(byDate ? "search.sort.date" : "search.sort.relevance"));
        sort.setValue(state.byDate());
        sort.setAriaLabel(getTranslation("search.sort"));
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withSortByDate(e.getValue()));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(count, sort);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.setWidthFull();
        results.add(bar);

        if (result.hits().isEmpty()) {
            results.add(emptyHelp());
            return;
        }
        for (SearchHit hit : result.hits()) {
            results.add(card(hit));
        }
        results.add(pager(result));
    }

    private Component card(SearchHit hit) {
        Div card = new Div();
        card.addClassName("vb-card");
        card.addClassName("vb-result");
        Anchor title = new Anchor(Routes.document(hit.key()), hit.number() == null ? hit.key() : hit.number());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("vb-card-title");
        Div head = new Div(
                Badges.badge(hit.type(), "type"),
                Badges.badge(hit.issuerLevel() == null ? null : Badges.level(this, hit.issuerLevel()), "level"),
                title);
        if (!"INDEXED".equals(hit.status())) {
            head.add(Badges.badge(Badges.status(this, hit.status()), hit.status()));
        }
        Div meta = new Div(new Text(String.join(" · ", nonBlank(hit.issuer(), hit.province(), hit.date()))));
        meta.addClassName("vb-card-meta");
        card.add(head, meta);
        if (hit.subject() != null) {
            card.add(new Div(new Text(hit.subject())));
        }
        for (String fragment : hit.highlights()) {
            card.add(new Div(Highlights.render(fragment)));
        }
        return card;
    }

    private Component pager(SearchResult result) {
        Button previous = new Button(getTranslation("search.previous"), e -> go(state.withPage(state.page() - 1)));
        previous.setEnabled(state.page() > 1);
        previous.setId("previous-page");
        Button next = new Button(getTranslation("search.next"), e -> go(state.withPage(state.page() + 1)));
        long pages = (result.total() + vn.vanban.backend.search.SearchQuery.DEFAULT_SIZE - 1)
                / vn.vanban.backend.search.SearchQuery.DEFAULT_SIZE;
        next.setEnabled(state.page() < pages);
        next.setId("next-page");
        Span page = new Span(getTranslation("search.page", state.page(), Math.max(pages, 1)));
        HorizontalLayout pager = new HorizontalLayout(previous, page, next);
        pager.setAlignItems(FlexComponent.Alignment.BASELINE);
        return pager;
    }

    /** What to try when nothing is found: the hints depend on what the user did. */
    private Component emptyHelp() {
        Div help = new Div();
        help.addClassName("vb-empty");
        help.setId("empty-help");
        help.add(new Paragraph(getTranslation("search.empty")));
        UnorderedList tips = new UnorderedList();
        tips.add(new ListItem(getTranslation("search.empty.accents")));
        tips.add(new ListItem(getTranslation("search.empty.numbers")));
        if (state.filtered()) {
            Button clear = new Button(
                    getTranslation("search.empty.clearFilters"),
                    e -> go(new SearchState(
                            state.text(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            state.byDate(),
                            1)));
            clear.setId("clear-filters");
            tips.add(new ListItem(clear));
        }
        help.add(tips);
        return help;
    }

    private static Paragraph message(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("vb-empty");
        p.setId("search-message");
        return p;
    }

    private static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null
                        || session.getBrowser() == null
                        || session.getBrowser().getAddress() == null
                ? "unknown"
                : session.getBrowser().getAddress();
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values)
                .filter(v -> v != null && !v.isBlank())
                .toList();
    }

    @Override
    public String getPageTitle() {
        return state.text().isEmpty() ? getTranslation("app.name") : state.text() + " — " + getTranslation("app.name");
    }

    /** The state the page shows (for tests). */
    SearchState state() {
        return state;
    }
}
