package vn.vanban.backend.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored document as an audience reads it: metadata, sections, citations, the text, and the
 * original file's name (never a path of the ingesting machine).
 *
 * @param status {@code INDEXED} or {@code CITED_ONLY} (known only from citations: no text)
 * @param truncated true when {@code text} is only the first part of a text file longer than the
 *     indexer's limit; absent from the JSON when the text is whole
 * @param originalLength characters of the whole text when {@code truncated}; absent otherwise
 */
public record DocumentView(
        String key,
        String status,
        @Nullable String number,
        @Nullable String type,
        @Nullable String typeName,
        @Nullable String issuer,
        @Nullable String parentOrgan,
        @Nullable String issuerSide,
        @Nullable String issuerLevel,
        @Nullable String province,
        @Nullable String district,
        @Nullable String commune,
        @Nullable String place,
        @Nullable String date,
        @Nullable String subject,
        @Nullable String signer,
        @Nullable String signerPosition,
        List<Section> sections,
        List<CitationView> citations,
        @Nullable Original original,
        @Nullable String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean truncated,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long originalLength) {

    /** A section; {@code start}/{@code end} are offsets in {@code text}. */
    public record Section(
            int index,
            int parent,
            int level,
            @Nullable String numbering,
            @Nullable String heading,
            int start,
            int end) {}

    /**
     * A citation in text order.
     *
     * @param resolution {@code RESOLVED} (see {@code targetKey}), {@code AMBIGUOUS} (see {@code
     *     candidates}) or {@code UNRESOLVED}
     */
    public record CitationView(
            @Nullable String number,
            @Nullable String type,
            @Nullable String date,
            @Nullable String issuer,
            @Nullable String subject,
            @Nullable String relation,
            @Nullable String resolution,
            @Nullable String targetKey,
            List<String> candidates,
            @Nullable String text) {}

    /** The original file offered for download. */
    public record Original(String name, @Nullable String mediaType, long size) {}
}
