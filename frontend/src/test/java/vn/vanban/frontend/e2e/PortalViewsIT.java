package vn.vanban.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanban.backend.document.CitedByPage;
import vn.vanban.backend.document.DocumentService;
import vn.vanban.backend.document.ImplementersView;
import vn.vanban.backend.document.ReferenceGraphService;
import vn.vanban.frontend.PortalApplication;
import vn.vanban.frontend.document.DocumentPage;
import vn.vanban.frontend.implementers.FollowUpPanel;
import vn.vanban.frontend.implementers.ImplementersPage;
import vn.vanban.frontend.implementers.TimelineChart;
import vn.vanban.frontend.search.SearchView;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.assignment.FollowUp;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * The views' logic without a browser (browserless-test), over the real services and node, as an
 * anonymous visitor: what each page shows and where each action leads (the URL).
 */
@SpringBootTest(
        classes = PortalApplication.class,
        properties = {
            "vanban.index.alias=" + PortalFixture.ALIAS,
            "vanban.security.rate-limit.requests=100000",
            "vanban.portal.cited-by-page=" + PortalViewsIT.CITED_BY_PAGE,
            // The dev-mode tools would cover the header in screenshots.
            "vaadin.devmode.devTools.enabled=false"
        })
class PortalViewsIT extends SpringBrowserlessTest {

    private static final String CT03 = "03-CT/TW~tw~2021";
    /** Smaller than the portal's 50, so that the fixture's directive is cited by several pages. */
    static final int CITED_BY_PAGE = 10;

    @Autowired
    ReferenceGraphService graph;

    @Autowired
    DocumentService documents;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        PortalFixture fixture = PortalFixture.get();
        registry.add("vanban.elasticsearch.url", TestElasticsearch::url);
        registry.add("vanban.store", () -> fixture.store.toString());
    }

    @Test
    void a_search_shows_its_count_and_cards_and_a_facet_choice_goes_into_the_url() {
        open("", "q", "chi thi 03");
        assertThat($(Span.class).id("result-count").getText()).matches("\\d+ văn bản");
        assertThat($(Div.class).withClassName("vb-result").all()).isNotEmpty();

        @SuppressWarnings("unchecked")
        CheckboxGroup<String> types = $(CheckboxGroup.class).id("facet-loai");
        String type = types.getListDataView().getItem(0);
        test(types).selectItem(types.getItemLabelGenerator().apply(type));
        assertThat(location()).contains("q=chi%20thi%2003").contains("loai=" + type);
        assertThat($(Div.class).withClassName("vb-result").all())
                .allSatisfy(card ->
                        assertThat(card.getElement().getTextRecursively()).contains(type));
    }

    @Test
    void an_empty_result_says_what_to_try() {
        open("", "q", "qwxzqwxz vbnmvbnm");
        assertThat($(Div.class).id("empty-help").getElement().getTextRecursively())
                .contains("không dấu")
                .contains("03-CT/TW");
    }

    @Test
    void a_plan_shows_its_chain_up_to_the_directive_and_its_citations_are_links() {
        String plan = firstPlan();
        navigate(DocumentPage.class, plan);
        assertThat($(Anchor.class)
                        .from($(com.vaadin.flow.component.html.Nav.class).id("chain"))
                        .all())
                .extracting(Anchor::getText)
                .contains("03-CT/TW");
        assertThat($(Anchor.class).withClassName("vb-citation").all()).isNotEmpty();
    }

    @Test
    void the_directive_is_cited_by_an_exact_count_a_page_at_a_time_and_a_relation_chip_keeps_its_documents() {
        CitedByPage all = documents.citedBy(CT03, null, CitedByPage.MAX_SIZE, null, Audience.PUBLIC);
        int total = (int) all.total();
        int implementing = all.countsByRelation().get(Relation.IMPLEMENTS).intValue();
        assertThat(total).as("more citing documents than two pages").isGreaterThan(2 * CITED_BY_PAGE);
        assertThat(implementing).isPositive();
        navigate(DocumentPage.class, CT03);

        Div box = $(Div.class).id("cited-by");
        String heading = $(H3.class).from(box).first().getText();
        assertThat(heading).startsWith("Được trích dẫn bởi (");
        assertThat(heading.replaceAll("\\D", "")).isEqualTo(Integer.toString(total));
        assertThat(citing(box)).hasSize(CITED_BY_PAGE);

        // "Xem thêm" adds the next page, until every citing document is there, each once.
        Button more = $(Button.class).id("cited-by-more");
        test(more).click();
        assertThat(citing(box)).hasSize(2 * CITED_BY_PAGE);
        while (more.isVisible()) {
            test(more).click();
        }
        assertThat(citing(box)).hasSize(total).doesNotHaveDuplicates();
        assertThat($(Span.class).id("cited-by-shown").getText()).isEqualTo("Đang hiển thị " + total + " / " + total);

        // The chip of a relation starts again from the first page of that relation only.
        Button implementsChip = $(Button.class).id("cited-by-IMPLEMENTS");
        assertThat(implementsChip.getText()).isEqualTo("Triển khai (" + implementing + ")");
        test(implementsChip).click();
        assertThat(implementsChip.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(citing(box)).hasSize(Math.min(CITED_BY_PAGE, implementing));
        while (more.isVisible()) {
            test(more).click();
        }
        assertThat(citing(box)).hasSize(implementing).doesNotHaveDuplicates();
        assertThat($(Span.class).withClassName("vb-badge-relation").from(box).all())
                .extracting(Span::getText)
                .containsOnly("Triển khai");

        test($(Button.class).id("cited-by-all")).click();
        assertThat(citing(box)).hasSize(CITED_BY_PAGE);
        assertThat(more.isVisible()).isTrue();
    }

    /** The links of the "cited by" list, in order. */
    private List<String> citing(Div box) {
        return $(Anchor.class).from($(UnorderedList.class).from(box).id("cited-by-list")).all().stream()
                .map(Anchor::getHref)
                .toList();
    }

    @Test
    void the_implementers_of_the_directive_list_a_province_without_a_plan() {
        navigate(ImplementersPage.class, CT03);
        assertThat($(TreeGrid.class).id("implementers-tree")).isNotNull();
        assertThat($(Span.class).id("without-count").getText()).matches("[1-9]\\d* nơi chưa có.*");
        assertThat($(H2.class).first().getElement().getTextRecursively()).contains("03-CT/TW");
    }

    @Test
    void the_follow_up_tab_of_a_plan_writes_each_status_in_words_and_draws_the_due_date() {
        PortalFixture f = PortalFixture.get();
        UI.getCurrent().navigate(ImplementersPage.class, f.followUpKey, QueryParameters.of("xem", "theo-doi"));
        roundTrip();

        assertThat($(Div.class).id("followup")).isNotNull();
        // Grid cells render in the browser; here the rows and the words the status column writes.
        @SuppressWarnings("unchecked")
        Grid<FollowUp.UnitStatus> plans = $(Grid.class).id("followup-task-0");
        List<FollowUp.UnitStatus> units = plans.getListDataView().getItems().toList();
        assertThat(units)
                .extracting(FollowUp.UnitStatus::status)
                .contains(FollowUp.Status.ON_TIME, FollowUp.Status.LATE, FollowUp.Status.MISSING);
        FollowUp.UnitStatus late = units.stream()
                .filter(u -> u.status() == FollowUp.Status.LATE)
                .findFirst()
                .orElseThrow();
        assertThat(FollowUpPanel.statusText(plans, late)).isEqualTo("Chậm " + late.daysLate() + " ngày");
        assertThat($(Span.class).id("followup-count-MISSING").getText()).matches("Chưa có: [1-9]\\d*");
        assertThat($(Anchor.class).id("followup-export-xlsx")).isNotNull();

        $(TabSheet.class).id("implementers-tabs").setSelectedIndex(0);
        assertThat($(TimelineChart.class).id("timeline").getElement().getAttribute("data-due"))
                .matches("\\d{4}-\\d{2}-\\d{2}(,.*)?");
    }

    @Test
    void the_follow_up_is_computed_only_when_its_tab_is_opened_and_once() {
        PortalFixture f = PortalFixture.get();
        UI.getCurrent().navigate(ImplementersPage.class, f.followUpKey);
        roundTrip();

        // The implementers tab draws the due dates without the follow-up.
        assertThat($(TimelineChart.class).id("timeline").getElement().getAttribute("data-due"))
                .matches("\\d{4}-\\d{2}-\\d{2}(,.*)?");
        assertThat($(Div.class).withId("followup").exists()).isFalse();

        TabSheet tabs = $(TabSheet.class).id("implementers-tabs");
        tabs.setSelectedIndex(1);
        assertThat($(Div.class).withId("followup").all()).hasSize(1);
        tabs.setSelectedIndex(0);
        tabs.setSelectedIndex(1);
        assertThat($(Div.class).withId("followup").all()).hasSize(1);
    }

    @Test
    void the_comparison_shows_every_coverage_status_and_no_report_for_the_public() {
        PortalFixture f = PortalFixture.get();
        open("so-sanh", "keys", f.upperKey + "," + f.lowerKey);
        for (String status : new String[] {"CARRIED", "CHANGED", "MISSING", "ADDED"}) {
            assertThat($(Span.class).withAttribute("data-status", status).exists())
                    .as(status)
                    .isTrue();
        }
        assertThat($(Span.class).withClassName("vb-ins").exists()
                        || $(Span.class).withClassName("vb-del").exists())
                .isTrue();
        assertThat($(Anchor.class).withId("compare-report").exists()).isFalse();
    }

    @Test
    void the_language_switch_turns_the_page_english() {
        navigate("", SearchView.class);
        test($(Button.class).id("language-switch")).click();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo(Locale.ENGLISH.getLanguage());
    }

    /** A plan implementing 03-CT/TW, from the tree the service builds. */
    private String firstPlan() {
        ImplementersView tree = graph.implementers(CT03, null, Audience.PUBLIC);
        return tree.children().stream()
                .filter(n -> "KH".equals(n.type()))
                .map(ImplementersView.Node::key)
                .findFirst()
                .orElseThrow();
    }

    /** Navigates as a link with a query would (browserless navigate() takes no query). */
    private void open(String route, String parameter, String value) {
        UI.getCurrent().navigate(route, QueryParameters.simple(Map.of(parameter, value)));
        roundTrip();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
