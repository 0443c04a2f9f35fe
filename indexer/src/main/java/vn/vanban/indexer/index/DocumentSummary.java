package vn.vanban.indexer.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Visibility;

/**
 * A line of a list of documents (who cites X, what X cites): enough to name and link it.
 *
 * @param status {@code INDEXED} or {@code CITED_ONLY}
 * @param date ISO {@code yyyy-MM-dd}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentSummary(
        String key,
        String status,
        @Nullable String number,
        @Nullable StoredType type,
        @Nullable String issuer,
        @Nullable String issuerLevel,
        @Nullable String date,
        @Nullable String subject,
        @Nullable Visibility visibility) {

    static final java.util.List<String> FIELDS = java.util.List.of(
            DocumentFields.KEY,
            DocumentFields.STATUS,
            DocumentFields.NUMBER,
            "type",
            DocumentFields.ISSUER,
            DocumentFields.ISSUER_LEVEL,
            DocumentFields.DATE,
            DocumentFields.SUBJECT,
            DocumentFields.VISIBILITY);
}
