package vn.vanban.indexer.document;

/** How a citing document relates to the document it cites (DOMAIN.md, "How documents cite each other"). */
public enum Relation {
    /** Issued to carry out the cited document: "Thực hiện", "Triển khai", "Quán triệt" in the opening or subject. */
    IMPLEMENTS,
    /** Legal grounds: the object of "Căn cứ". */
    BASIS,
    /** Any other reference. */
    MENTIONS
}
