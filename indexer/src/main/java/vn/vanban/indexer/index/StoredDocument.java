package vn.vanban.indexer.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;

/**
 * A node of the document index as read back through the Elasticsearch client's Jackson mapper
 * ({@code documents-v1.json}): an INDEXED document with its text, sections and citations, or a
 * CITED_ONLY node with what citations say of it.
 *
 * <p>{@link #forAudience} is what a read returns: the paths of the ingested files (where they lay on
 * the ingesting machine) are for administrators only.
 *
 * @param status {@code INDEXED} or {@code CITED_ONLY}
 * @param date ISO {@code yyyy-MM-dd}
 * @param visibility null for a node stored before visibility was
 * @param visibilityMarks the marks printed on the document ("Lưu hành nội bộ")
 * @param parents keys of the IMPLEMENTS and BASIS targets
 * @param cites keys of every resolved citation target
 * @param textFile path of the file the text comes from (administrators only)
 * @param textRank quality of the text; a higher rank wins when files of one document merge
 *     ({@link DocumentSource#textRank})
 * @param truncated true when the text is the first part of a longer text file, cut at the extraction
 *     limit (the file is indexed rather than refused); null when the text is whole
 * @param originalLength characters of the whole text when {@code truncated}, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredDocument(
        String key,
        String status,
        @Nullable String number,
        @Nullable String numberKey,
        @Nullable StoredType type,
        @Nullable String issuer,
        @Nullable String issuerKey,
        @Nullable String parentOrgan,
        @Nullable String issuerSide,
        @Nullable String issuerLevel,
        @Nullable String province,
        @Nullable String district,
        @Nullable String commune,
        @Nullable String place,
        @Nullable String date,
        @Nullable Integer year,
        @Nullable String subject,
        @Nullable String signer,
        @Nullable String signerPosition,
        @Nullable String authority,
        List<String> recipients,
        // Older indices stored an array of marks here: read as today (StoredVisibility).
        @JsonDeserialize(using = StoredVisibility.class) @Nullable
        Visibility visibility,

        List<String> visibilityMarks,
        @Nullable String text,
        List<StoredSection> sections,
        List<StoredCitation> citations,
        List<String> parents,
        List<String> cites,
        List<String> sha256,
        @Nullable String storeRef,
        @Nullable String textFile,
        @Nullable Boolean ocr,
        @Nullable Long textRank,
        List<StoredFile> files,
        @Nullable String ingestedAt,
        @Nullable Boolean truncated,
        @Nullable Long originalLength) {

    public StoredDocument {
        recipients = copy(recipients);
        visibilityMarks = copy(visibilityMarks);
        sections = copy(sections);
        citations = copy(citations);
        parents = copy(parents);
        cites = copy(cites);
        sha256 = copy(sha256);
        files = copy(files);
    }

    private static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A section of the outline, flattened in document order.
     *
     * @param parent index of the enclosing section, or -1
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StoredSection(
            int index,
            int parent,
            int level,
            @Nullable String numbering,
            @Nullable String heading,
            @Nullable String text,
            int start,
            int end) {}

    /**
     * A source file of the document (a PDF and its .txt are one document).
     *
     * @param path where it was read from (administrators only; null in other reads)
     * @param storeRef where the file store keeps the original
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StoredFile(
            @Nullable String path,
            String name,
            String sha256,
            long size,
            @Nullable String mediaType,
            boolean ocr,
            @Nullable String storeRef) {}

    /** What {@code audience} may read of this document: file paths only for administrators. */
    public StoredDocument forAudience(Audience audience) {
        if (audience == Audience.ADMIN) {
            return this;
        }
        return copy(
                citations,
                parents,
                cites,
                sha256,
                null,
                textRank,
                files.stream()
                        .map(f -> new StoredFile(
                                null, f.name(), f.sha256(), f.size(), f.mediaType(), f.ocr(), f.storeRef()))
                        .toList());
    }

    /**
     * This document with its links (parents, cites, the targets and candidates of its citations)
     * limited to {@code shown}: a key names its document, so a hidden one is not told. A citation to a
     * hidden document stays (its words are this document's text) without its target.
     */
    public StoredDocument linkingOnly(java.util.Set<String> shown) {
        List<StoredCitation> kept = citations.stream()
                .map(c -> new StoredCitation(
                        c.index(),
                        c.number(),
                        c.numberKey(),
                        c.type(),
                        c.date(),
                        c.year(),
                        c.issuer(),
                        c.issuerKey(),
                        c.issuerSide(),
                        c.issuerLevel(),
                        c.subject(),
                        c.relation(),
                        c.start(),
                        c.end(),
                        c.text(),
                        c.repeatOf(),
                        c.targetKey() != null && shown.contains(c.targetKey()) ? c.targetKey() : null,
                        c.targetKey() != null && !shown.contains(c.targetKey())
                                ? Resolution.UNRESOLVED.name()
                                : c.resolution(),
                        c.candidates().stream().filter(shown::contains).toList()))
                .toList();
        return copy(
                kept,
                parents.stream().filter(shown::contains).toList(),
                cites.stream().filter(shown::contains).toList(),
                sha256,
                textFile,
                textRank,
                files);
    }

    /** This document with another text rank. */
    public StoredDocument withTextRank(long rank) {
        return copy(citations, parents, cites, sha256, textFile, rank, files);
    }

    /** This document with these source files (and their sha256). */
    StoredDocument withFiles(List<StoredFile> all) {
        return copy(
                citations,
                parents,
                cites,
                all.stream().map(StoredFile::sha256).distinct().toList(),
                textFile,
                textRank,
                all);
    }

    /** This document with the fields the with-ers above change; every other field as it is. */
    private StoredDocument copy(
            List<StoredCitation> citations,
            List<String> parents,
            List<String> cites,
            List<String> sha256,
            @Nullable String textFile,
            @Nullable Long textRank,
            List<StoredFile> files) {
        return new StoredDocument(
                key,
                status,
                number,
                numberKey,
                type,
                issuer,
                issuerKey,
                parentOrgan,
                issuerSide,
                issuerLevel,
                province,
                district,
                commune,
                place,
                date,
                year,
                subject,
                signer,
                signerPosition,
                authority,
                recipients,
                visibility,
                visibilityMarks,
                text,
                sections,
                citations,
                parents,
                cites,
                sha256,
                storeRef,
                textFile,
                ocr,
                textRank,
                files,
                ingestedAt,
                truncated,
                originalLength);
    }

    /** The stored form of a source file. */
    static StoredFile file(SourceFile f) {
        return new StoredFile(f.path(), f.name(), f.sha256(), f.size(), f.mediaType(), f.ocr(), f.storeRef());
    }

    /** Whether {@code audience} may read this node (one stored without visibility: only those who see all). */
    public boolean visibleTo(Audience audience) {
        return audience.visible().containsAll(List.of(Visibility.values()))
                || (visibility != null && audience.canSee(visibility));
    }
}
