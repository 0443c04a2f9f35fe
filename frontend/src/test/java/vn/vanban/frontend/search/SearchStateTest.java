package vn.vanban.frontend.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban.backend.search.SearchQuery;

class SearchStateTest {

    @Test
    void a_shared_link_restores_query_filters_sort_and_page() {
        QueryParameters url = new QueryParameters(Map.of(
                "q", List.of("chỉ thị 03"),
                "loai", List.of("KH", "HD"),
                "cap", List.of("PROVINCE"),
                "nam", List.of("2021"),
                "tu", List.of("2021-05-01"),
                "sap-xep", List.of("ngay"),
                "trang", List.of("3")));
        SearchState state = SearchState.from(url);
        SearchQuery query = state.toQuery();
        assertThat(query.text()).isEqualTo("chỉ thị 03");
        assertThat(query.types()).containsExactly("KH", "HD");
        assertThat(query.issuerLevels()).containsExactly("PROVINCE");
        assertThat(query.years()).containsExactly(2021);
        assertThat(query.from()).isEqualTo(LocalDate.of(2021, 5, 1));
        assertThat(query.sort()).isEqualTo(SearchQuery.Sort.DATE);
        assertThat(query.page()).isEqualTo(3);
        assertThat(SearchState.from(state.toParameters())).isEqualTo(state);
    }

    @Test
    void choosing_a_facet_value_goes_back_to_the_first_page() {
        SearchState state = SearchState.from(QueryParameters.simple(Map.of("q", "03", "trang", "4")));
        SearchState next = state.with(SearchState.TYPE, List.of("KH"));
        assertThat(next.page()).isEqualTo(1);
        assertThat(next.toParameters().getQueryString()).isEqualTo("q=03&loai=KH");
    }

    @Test
    void unreadable_values_in_the_url_are_dropped_not_an_error() {
        SearchState state = SearchState.from(new QueryParameters(
                Map.of("nam", List.of("hai nghìn"), "tu", List.of("19/5/2021"), "trang", List.of("-2"))));
        assertThat(state.years()).isEmpty();
        assertThat(state.from()).isNull();
        assertThat(state.page()).isEqualTo(1);
        assertThat(state.filtered()).isFalse();
    }
}
