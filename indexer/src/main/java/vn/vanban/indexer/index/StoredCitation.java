package vn.vanban.indexer.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.Citation;

/**
 * A citation as stored in a document's nested {@code citations} ({@code documents-v1.json}), written
 * and read through the Elasticsearch client's Jackson mapper. It carries the side and level of the
 * issuer it names, so a CITED_ONLY node rebuilt from it after a deletion is the node ingestion made.
 *
 * @param index position among the document's citations
 * @param date ISO {@code yyyy-MM-dd}
 * @param relation {@code IMPLEMENTS}, {@code BASIS} or {@code MENTIONS}
 * @param start offset in the document's text
 * @param end offset after the citation in the document's text
 * @param resolution {@code RESOLVED}, {@code AMBIGUOUS} or {@code UNRESOLVED}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredCitation(
        int index,
        @Nullable String number,
        @Nullable String numberKey,
        @Nullable StoredType type,
        @Nullable String date,
        @Nullable Integer year,
        @Nullable String issuer,
        @Nullable String issuerKey,
        @Nullable String issuerSide,
        @Nullable String issuerLevel,
        @Nullable String subject,
        String relation,
        int start,
        int end,
        String text,
        @Nullable Integer repeatOf,
        @Nullable String targetKey,
        String resolution,
        List<String> candidates) {

    public StoredCitation {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** The stored form of the {@code index}-th citation of a document. */
    static StoredCitation of(int index, ResolvedCitation r) {
        Citation c = r.citation();
        return new StoredCitation(
                index,
                c.number(),
                r.numberKey(),
                StoredType.of(c.type()),
                c.date() == null ? null : c.date().toString(),
                r.year(),
                c.issuer(),
                r.issuerKey(),
                c.issuerSide() == null ? null : c.issuerSide().name(),
                c.issuerLevel() == null ? null : c.issuerLevel().name(),
                c.subject(),
                c.relation().name(),
                c.start(),
                c.end(),
                c.text(),
                c.repeatOf(),
                r.targetKey(),
                r.resolution().name(),
                r.candidates());
    }

    /** The stored forms of a document's citations, in text order. */
    public static List<StoredCitation> of(List<ResolvedCitation> citations) {
        List<StoredCitation> out = new java.util.ArrayList<>(citations.size());
        for (int i = 0; i < citations.size(); i++) {
            out.add(of(i, citations.get(i)));
        }
        return List.copyOf(out);
    }

    boolean resolved() {
        return Resolution.RESOLVED.name().equals(resolution) && targetKey != null;
    }
}
