package vn.vanban.indexer.citation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the citing document tells about itself, to decide relations and to complete issuers the
 * citations only imply ("Ban Tuyên giáo Tỉnh ủy" inside an An Giang document).
 *
 * @param ownNumber the citing document's number (its own mentions are not citations)
 * @param issuer the citing issuer ("Ủy ban nhân dân thành phố Cẩm Phả")
 * @param parentOrgan the organ printed above the citing issuer ("Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh
 *     An Giang" above a cell), or null
 * @param province the citing issuer's province ("Quảng Ninh"), or null
 * @param district the citing issuer's district ("Cẩm Phả"), or null
 * @param districtKind its kind: "thành phố", "huyện", "quận", "thị xã" (decides which committee a bare
 *     "Thành ủy" or "Huyện ủy" is), or null
 * @param commune the citing issuer's commune ("Cẩm Thạch"), or null
 * @param communeKind its kind: "xã", "phường", "thị trấn" (a bare "Đảng ủy" of a cell is its commune's), or
 *     null
 * @param provinceLevelCity true when {@code province} is a centrally-run city (its Thành ủy is provincial)
 * @param subjectStart offset of the subject (trích yếu); -1 when none
 * @param subjectEnd end of the subject
 * @param preambleStart offset where the opening (Căn cứ …, Thực hiện …) starts
 * @param preambleEnd offset of the first section of the body
 * @param date the citing document's date, or null
 */
public record CitationContext(
        @Nullable String ownNumber,
        @Nullable String issuer,
        @Nullable String parentOrgan,
        @Nullable String province,
        @Nullable String district,
        @Nullable String districtKind,
        @Nullable String commune,
        @Nullable String communeKind,
        boolean provinceLevelCity,
        int subjectStart,
        int subjectEnd,
        int preambleStart,
        int preambleEnd,
        @Nullable LocalDate date) {}
