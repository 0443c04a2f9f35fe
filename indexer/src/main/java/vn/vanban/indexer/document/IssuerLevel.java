package vn.vanban.indexer.document;

/** The administrative level of the issuer on the document's date (DOMAIN.md). */
public enum IssuerLevel {
    /** Trung ương. */
    CENTRAL,
    /** Tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Huyện, quận, thị xã, thành phố thuộc tỉnh (abolished 1 July 2025). */
    DISTRICT,
    /** Xã, phường, thị trấn. */
    COMMUNE,
    /** Cơ sở: chi bộ, đảng bộ cơ sở, agencies and enterprises. */
    GRASSROOTS
}
