package vn.vanban.indexer.testing;

/**
 * A short notice of a commune's People's Committee, as tests that ingest documents of their own
 * write one: the parser reads its number and subject, nothing else in it matters.
 */
public final class CommuneNotice {

    private static final String TEXT = """
            ỦY BAN NHÂN DÂN
            XÃ HÒA BÌNH
            Số: %s
            Hòa Bình, ngày 12 tháng 4 năm 2023
            THÔNG BÁO
            Về việc %s

            Ủy ban nhân dân xã thông báo lịch tiếp công dân trong tháng.
            """;

    private CommuneNotice() {}

    /** The notice numbered {@code number} ("21/TB-UBND"), "Về việc {@code subject}". */
    public static String text(String number, String subject) {
        return TEXT.formatted(number, subject);
    }
}
