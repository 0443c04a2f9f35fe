package vn.vanban.backend.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.indexer.access.Audience;

/** {@code /api/search} and {@code /api/suggest}: parameters in, {@link SearchService} does the work. */
@RestController
@RequestMapping("/api")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** The suggestions of {@code /api/suggest}. */
    record Suggestions(List<Suggestion> suggestions) {}

    @GetMapping("/search")
    SearchResult search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable List<String> type,
            @RequestParam(required = false) @Nullable List<String> issuer,
            @RequestParam(required = false) @Nullable List<String> issuerSide,
            @RequestParam(required = false) @Nullable List<String> issuerLevel,
            @RequestParam(required = false) @Nullable List<String> province,
            @RequestParam(required = false) @Nullable List<Integer> year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(name = "implements", required = false) @Nullable String implementsKey,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String after,
            Audience audience) {
        SearchQuery query = SearchQuery.builder(q)
                .types(orEmpty(type))
                .issuers(orEmpty(issuer))
                .issuerSides(orEmpty(issuerSide))
                .issuerLevels(orEmpty(issuerLevel))
                .provinces(orEmpty(province))
                .years(year == null ? List.of() : year)
                .dates(from, to)
                .statuses(orEmpty(status))
                .implementsKey(implementsKey)
                .sort(sort(sort))
                .page(page, size)
                .after(after)
                .build();
        return search.search(query, audience);
    }

    @GetMapping("/suggest")
    Suggestions suggest(@RequestParam(defaultValue = "") String q, Audience audience) {
        return new Suggestions(search.suggest(q, audience));
    }

    private static SearchQuery.Sort sort(String sort) {
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchQuery.Sort.RELEVANCE;
            case "date" -> SearchQuery.Sort.DATE;
            default -> throw new InvalidQueryException("sort = relevance | date");
        };
    }

    private static List<String> orEmpty(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }
}
