package vn.vanban.indexer.index;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.Citation;

/**
 * A citation with the key it was linked to.
 *
 * @param citation as parsed
 * @param numberKey {@code DocumentNumbers.key} of its number, or null
 * @param issuerKey {@link IssuerKeys#of} of its number and issuer, or null when unknown
 * @param year the cited document's year, or null when unknown
 * @param targetKey the key it resolves to when {@link Resolution#RESOLVED}
 * @param resolution how it was linked
 * @param candidates for {@link Resolution#AMBIGUOUS}, the keys that fit (sorted)
 */
public record ResolvedCitation(
        Citation citation,
        @Nullable String numberKey,
        @Nullable String issuerKey,
        @Nullable Integer year,
        @Nullable String targetKey,
        Resolution resolution,
        List<String> candidates) {

    public ResolvedCitation {
        candidates = List.copyOf(candidates);
    }
}
