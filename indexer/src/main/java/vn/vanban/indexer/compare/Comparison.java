package vn.vanban.indexer.compare;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of a comparison; its JSON (Jackson, field names as here) is the contract of {@code GET
 * /api/compare} and {@code indexer compare}. Cells are in the order of {@link #documents}; a {@code
 * null} cell means the document has no counterpart.
 *
 * @param similarity overall similarity of the other documents to the reference, 0..1 (the mean over
 *     the other documents; each is the share of both documents' words in matched points, weighted by
 *     the points' similarity)
 * @param sections aligned sections: one row per reference section, then rows for the other documents'
 *     sections that align with none
 * @param pairs aligned points: one row per reference point, then rows for the other documents' ADDED
 *     points; {@code similarity} and {@code diff} compare the first present cell with the next one
 * @param coverage every reference point against every other document
 * @param added the other documents' points that match no reference point
 */
public record Comparison(
        List<DocumentInfo> documents,
        double similarity,
        List<SectionRow> sections,
        List<PairRow> pairs,
        List<Coverage> coverage,
        List<Added> added) {

    public Comparison {
        documents = List.copyOf(documents);
        sections = List.copyOf(sections);
        pairs = List.copyOf(pairs);
        coverage = List.copyOf(coverage);
        added = List.copyOf(added);
    }

    /** A compared document. {@code date} is ISO {@code yyyy-MM-dd}. */
    public record DocumentInfo(
            String key,
            @Nullable String number,
            @Nullable String issuer,
            @Nullable String issuerLevel,
            @Nullable String date) {}

    public record SectionCell(String label, String heading) {}

    /** {@code cells} may hold nulls, so it is not copied with {@link List#copyOf}. */
    public record SectionRow(List<@Nullable SectionCell> cells, double similarity) {}

    public record PointCell(String label, String text) {}

    public record PairRow(List<@Nullable PointCell> cells, double similarity, List<DiffSegment> diff) {}

    public enum Op {
        EQUAL,
        INSERT,
        DELETE
    }

    /** A run of the word-level diff, as printed in the documents (diacritics kept). */
    public record DiffSegment(Op op, String text) {}

    public enum Status {
        /** Same substance; the wording may differ slightly (and the locality, as levels differ). */
        CARRIED,
        /** Same subject, substance altered: a date, a unit, a scope. */
        CHANGED,
        /** No point of the other document carries it. */
        MISSING
    }

    /** A reference point against one other document ({@code against} is its key). */
    public record Coverage(
            String against,
            String label,
            String text,
            Status status,
            @Nullable Match match) {}

    public record Match(String label, String text, double similarity) {}

    /** A point of {@code document} that matches no reference point. */
    public record Added(String document, String label, String text) {}
}
