package vn.vanban.indexer.corpus;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A composed document, independent of the file format: the header's two columns, the title, the
 * body blocks, the signature block and the recipients.
 *
 * @param left the left header column: organ lines in capitals, {@code *} for the Party
 * @param numberLine "Số 45-KH/HU" or "Số: 197/KH-UBND"
 * @param letterSubject for an official letter, the "V/v …" line under the number; else null
 * @param motto the right header column's motto lines
 * @param dateLine "Nam Đàn, ngày 05 tháng 7 năm 2022"
 * @param title the type in capitals ("KẾ HOẠCH"), null for an official letter
 * @param subject the printed subject, null for an official letter
 * @param signature authority and position lines in capitals, then the signer's name
 * @param recipients the "Nơi nhận:" lines as printed
 */
record Layout(
        List<String> left,
        String numberLine,
        @Nullable String letterSubject,
        List<String> motto,
        String dateLine,
        @Nullable String title,
        @Nullable String subject,
        List<Block> body,
        List<String> signature,
        List<String> recipients) {

    enum Style {
        /** A centred bold line: "QUYẾT ĐỊNH:", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …". */
        CENTER,
        /** A section heading: "I. MỤC ĐÍCH, YÊU CẦU". */
        HEADING,
        /** A sub-heading: "1. Mục đích". */
        SUBHEADING,
        PARAGRAPH
    }

    record Block(Style style, String text) {}
}
