package vn.vanban.indexer.document;

/** Which branch of the political system issued a document (DOMAIN.md, "Who issues what"). */
public enum IssuerSide {
    /** Đảng: cấp ủy, ban của cấp ủy, chi bộ. */
    PARTY,
    /** Nhà nước: Quốc hội, Chính phủ, bộ, HĐND, UBND, sở, phòng. */
    STATE,
    /** Mặt trận Tổ quốc and the mass organisations. */
    FRONT,
    OTHER
}
