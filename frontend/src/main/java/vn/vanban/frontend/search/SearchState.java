package vn.vanban.frontend.search;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanban.backend.search.SearchQuery;

/**
 * Everything the search page shows, as it lives in the URL, so that a link shares it and the back
 * button returns to it: {@code ?q=chỉ thị 03&loai=KH&cap=PROVINCE&khoi=PARTY&tinh=Quảng Ninh&nam=2022
 * &tu=2022-01-01&den=2022-12-31&sap-xep=ngay&trang=2}. Unreadable values are dropped, never an error.
 */
record SearchState(
        String text,
        List<String> types,
        List<String> levels,
        List<String> sides,
        List<String> provinces,
        List<Integer> years,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        boolean byDate,
        int page) {

    static final String Q = "q";
    static final String TYPE = "loai";
    static final String LEVEL = "cap";
    static final String SIDE = "khoi";
    static final String PROVINCE = "tinh";
    static final String YEAR = "nam";
    static final String FROM = "tu";
    static final String TO = "den";
    static final String SORT = "sap-xep";
    static final String BY_DATE = "ngay";
    static final String PAGE = "trang";

    /** The facets of the page, in display order: the URL parameter and the service's facet name. */
    static final Map<String, String> FACETS = facets();

    SearchState {
        types = List.copyOf(types);
        levels = List.copyOf(levels);
        sides = List.copyOf(sides);
        provinces = List.copyOf(provinces);
        years = List.copyOf(years);
        page = Math.max(1, page);
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put(TYPE, "type");
        facets.put(LEVEL, "issuerLevel");
        facets.put(SIDE, "issuerSide");
        facets.put(PROVINCE, "province");
        facets.put(YEAR, "year");
        return java.util.Collections.unmodifiableMap(facets);
    }

    static SearchState from(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        return new SearchState(
                one(p, Q).strip(),
                all(p, TYPE),
                all(p, LEVEL),
                all(p, SIDE),
                all(p, PROVINCE),
                all(p, YEAR).stream().flatMap(y -> integer(y).stream()).toList(),
                date(one(p, FROM)),
                date(one(p, TO)),
                BY_DATE.equals(one(p, SORT)),
                integer(one(p, PAGE)).orElse(1));
    }

    QueryParameters toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            p.put(Q, List.of(text));
        }
        put(p, TYPE, types);
        put(p, LEVEL, levels);
        put(p, SIDE, sides);
        put(p, PROVINCE, provinces);
        put(p, YEAR, years.stream().map(String::valueOf).toList());
        if (from != null) {
            p.put(FROM, List.of(from.toString()));
        }
        if (to != null) {
            p.put(TO, List.of(to.toString()));
        }
        if (byDate) {
            p.put(SORT, List.of(BY_DATE));
        }
        if (page > 1) {
            p.put(PAGE, List.of(Integer.toString(page)));
        }
        return new QueryParameters(p);
    }

    SearchQuery toQuery() {
        return SearchQuery.builder(text)
                .types(types)
                .issuerLevels(levels)
                .issuerSides(sides)
                .provinces(provinces)
                .years(years)
                .dates(from, to)
                .sort(byDate ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE)
                .page(page, SearchQuery.DEFAULT_SIZE)
                .build();
    }

    /** The values chosen for a facet (by its URL parameter). */
    List<String> chosen(String facet) {
        return switch (facet) {
            case TYPE -> types;
            case LEVEL -> levels;
            case SIDE -> sides;
            case PROVINCE -> provinces;
            case YEAR -> years.stream().map(String::valueOf).toList();
            default -> List.of();
        };
    }

    /** This state with a facet's values replaced; back to page 1, since the results change. */
    SearchState with(String facet, List<String> values) {
        return new SearchState(
                text,
                facet.equals(TYPE) ? values : types,
                facet.equals(LEVEL) ? values : levels,
                facet.equals(SIDE) ? values : sides,
                facet.equals(PROVINCE) ? values : provinces,
                facet.equals(YEAR)
                        ? values.stream().flatMap(y -> integer(y).stream()).toList()
                        : years,
                from,
                to,
                byDate,
                1);
    }

    SearchState withDates(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new SearchState(text, types, levels, sides, provinces, years, from, to, byDate, 1);
    }

    SearchState withSortByDate(boolean byDate) {
        return new SearchState(text, types, levels, sides, provinces, years, from, to, byDate, 1);
    }

    SearchState withPage(int page) {
        return new SearchState(text, types, levels, sides, provinces, years, from, to, byDate, page);
    }

    boolean filtered() {
        return !types.isEmpty()
                || !levels.isEmpty()
                || !sides.isEmpty()
                || !provinces.isEmpty()
                || !years.isEmpty()
                || from != null
                || to != null;
    }

    private static void put(Map<String, List<String>> p, String name, List<String> values) {
        if (!values.isEmpty()) {
            p.put(name, List.copyOf(values));
        }
    }

    private static String one(Map<String, List<String>> p, String name) {
        List<String> values = p.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    private static List<String> all(Map<String, List<String>> p, String name) {
        List<String> values = new ArrayList<>();
        for (String v : p.getOrDefault(name, List.of())) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return values;
    }

    private static java.util.Optional<Integer> integer(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
