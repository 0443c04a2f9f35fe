package vn.vanban.backend.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of results.
 *
 * @param totalIsLowerBound true when more than {@code total} documents match (counting stops at
 *     10 000)
 * @param facets per facet ({@code type, issuer, issuerSide, issuerLevel, province, year, status})
 *     the values with their counts under the other facets' filters
 * @param next the cursor of the next page ({@link SearchQuery#after()}), null on the last page
 */
public record SearchResult(
        long total,
        boolean totalIsLowerBound,
        List<SearchHit> hits,
        Map<String, List<FacetCount>> facets,
        @Nullable String next) {}
