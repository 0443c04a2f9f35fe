package vn.vanban.backend.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a user asks: the query text (words, "phrases", -exclusion, OR), filters and the page.
 *
 * @param text the query text; empty lists everything the filters let through
 * @param implementsKey only documents under this document, transitively (a key, or a number)
 * @param page 1-based page number, ignored when {@code after} is given
 * @param after the {@link SearchResult#next()} cursor of the previous page (deep paging)
 */
public record SearchQuery(
        String text,
        List<String> types,
        List<String> issuers,
        List<String> issuerSides,
        List<String> issuerLevels,
        List<String> provinces,
        List<Integer> years,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        List<String> statuses,
        @Nullable String implementsKey,
        Sort sort,
        int page,
        int size,
        @Nullable String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public enum Sort {
        RELEVANCE,
        DATE
    }

    public SearchQuery {
        types = List.copyOf(types);
        issuers = List.copyOf(issuers);
        issuerSides = List.copyOf(issuerSides);
        issuerLevels = List.copyOf(issuerLevels);
        provinces = List.copyOf(provinces);
        years = List.copyOf(years);
        statuses = List.copyOf(statuses);
    }

    /** The first page of a plain query, by relevance. */
    public static SearchQuery of(String text) {
        return builder(text).build();
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** For the views: set what the user chose, leave the rest. */
    public static final class Builder {
        private final String text;
        private final List<String> types = new ArrayList<>();
        private final List<String> issuers = new ArrayList<>();
        private final List<String> issuerSides = new ArrayList<>();
        private final List<String> issuerLevels = new ArrayList<>();
        private final List<String> provinces = new ArrayList<>();
        private final List<Integer> years = new ArrayList<>();
        private final List<String> statuses = new ArrayList<>();
        private @Nullable LocalDate from;
        private @Nullable LocalDate to;
        private @Nullable String implementsKey;
        private Sort sort = Sort.RELEVANCE;
        private int page = 1;
        private int size = DEFAULT_SIZE;
        private @Nullable String after;

        private Builder(String text) {
            this.text = text;
        }

        public Builder types(List<String> values) {
            types.addAll(values);
            return this;
        }

        public Builder issuers(List<String> values) {
            issuers.addAll(values);
            return this;
        }

        public Builder issuerSides(List<String> values) {
            issuerSides.addAll(values);
            return this;
        }

        public Builder issuerLevels(List<String> values) {
            issuerLevels.addAll(values);
            return this;
        }

        public Builder provinces(List<String> values) {
            provinces.addAll(values);
            return this;
        }

        public Builder years(List<Integer> values) {
            years.addAll(values);
            return this;
        }

        public Builder statuses(List<String> values) {
            statuses.addAll(values);
            return this;
        }

        public Builder dates(@Nullable LocalDate from, @Nullable LocalDate to) {
            this.from = from;
            this.to = to;
            return this;
        }

        public Builder implementsKey(@Nullable String key) {
            this.implementsKey = key;
            return this;
        }

        public Builder sort(Sort sort) {
            this.sort = sort;
            return this;
        }

        public Builder page(int page, int size) {
            this.page = page;
            this.size = size;
            return this;
        }

        public Builder after(@Nullable String cursor) {
            this.after = cursor;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(
                    text,
                    types,
                    issuers,
                    issuerSides,
                    issuerLevels,
                    provinces,
                    years,
                    from,
                    to,
                    statuses,
                    implementsKey,
                    sort,
                    page,
                    size,
                    after);
        }
    }
}
