package vn.vanban.indexer.access;

/**
 * Who may read a stored document, as indexed in its {@code visibility} field.
 *
 * <p>A secrecy mark ("MẬT", "TỐI MẬT", "TUYỆT MẬT", Law 29/2018/QH14 on the protection of State
 * secrets) has no value here: such a document is refused at ingest and never stored.
 */
public enum Visibility {
    /** Published: anyone, including anonymous visitors. */
    PUBLIC,
    /** Marked "Lưu hành nội bộ" (or set so by the ingest run): signed-in officials and above. */
    INTERNAL
}
