package vn.vanban.indexer.document;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the indexer understood of one file. Field names are the {@code indexer parse} JSON
 * contract (one object per line per file).
 *
 * @param file the path as given
 * @param status OK, or why nothing (or not everything) could be read
 * @param error null, or a message naming the problem
 * @param number normalised document number ({@code 35-KH/ĐUK}, {@code 197/KH-UBND})
 * @param issuer full issuing organ as printed, joined with its parent where the header implies it
 *     ("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh An Giang")
 * @param parentOrgan the parent organ printed above the issuer ("Đảng bộ tỉnh An Giang"), or null
 * @param place the place in the date line ("Cẩm Phả")
 * @param subject the trích yếu
 * @param authority the signing authority: {@code T/M}, {@code TM.}, {@code KT.}, {@code TL.},
 *     {@code TUQ.}, or null
 * @param visibility marks found ("MẬT", "Lưu hành nội bộ")
 * @param text the cleaned, normalised text that offsets refer to (not printed: the line names the
 *     file it comes from)
 */
@JsonIgnoreProperties("text")
public record ParsedDocument(
        String file,
        DocumentStatus status,
        @Nullable String error,
        @Nullable String number,
        @Nullable DocumentType type,
        @Nullable String issuer,
        @Nullable String parentOrgan,
        @Nullable IssuerSide issuerSide,
        @Nullable IssuerLevel issuerLevel,
        @Nullable String province,
        @Nullable String district,
        @Nullable String commune,
        @Nullable String place,

        @JsonSerialize(using = ToStringSerializer.class) @Nullable
        LocalDate date,

        @Nullable String subject,
        @Nullable String signer,
        @Nullable String signerPosition,
        @Nullable String authority,
        List<String> recipients,
        List<Section> sections,
        List<String> visibility,
        List<Citation> citations,
        String text) {

    public ParsedDocument {
        recipients = List.copyOf(recipients);
        sections = List.copyOf(sections);
        visibility = List.copyOf(visibility);
        citations = List.copyOf(citations);
    }
}
