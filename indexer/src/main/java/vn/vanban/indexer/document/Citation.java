package vn.vanban.indexer.document;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reference to another document, as read in the citing one.
 *
 * @param number normalised number ({@code 03-CT/TW}, {@code 15/2020/NĐ-CP}), or null for an
 *     unnumbered reference ("Nghị quyết Đại hội XIII của Đảng")
 * @param type the cited document's type, or null when the text does not say
 * @param date the cited document's date, or null
 * @param issuer the cited issuer, resolved from context ("Ban Thường vụ Thành ủy" inside a Cẩm Phả
 *     document is "Thành ủy Cẩm Phả"; {@code 35/NQ-CP} is "Chính phủ"), or null
 * @param issuerSide the cited issuer's side (Party, State, …), or null when the issuer is unknown
 * @param issuerLevel the cited issuer's level (DOMAIN.md), or null when the issuer or its level is
 *     unknown: a CITED_ONLY node shows it until its own document arrives
 * @param subject the "về …" phrase, or null
 * @param relation how the citing document relates to it
 * @param start offset of the match in the parsed text (inclusive)
 * @param end offset (exclusive)
 * @param text the exact text matched
 * @param repeatOf for a short form repeated after a full mention, the index (in the citation list)
 *     of that first full mention; null for a first mention
 */
public record Citation(
        @Nullable String number,
        @Nullable DocumentType type,
        // ISO yyyy-MM-dd in the parse JSON, without a java.time module on every mapper that prints it.
        @JsonSerialize(using = ToStringSerializer.class) @Nullable
        LocalDate date,

        @Nullable String issuer,
        @Nullable IssuerSide issuerSide,
        @Nullable IssuerLevel issuerLevel,
        @Nullable String subject,
        Relation relation,
        int start,
        int end,
        String text,
        @Nullable Integer repeatOf) {}
