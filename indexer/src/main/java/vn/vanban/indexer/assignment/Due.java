package vn.vanban.indexer.assignment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a task must be done.
 *
 * @param kind how the text says it
 * @param date the last day allowed; null only for {@link Kind#WITHIN} days counted from an event
 *     other than this document ("kể từ ngày tổ chức Hội nghị")
 * @param days for {@link Kind#WITHIN}, the number of days
 * @param text the words of the document
 */
public record Due(
        Kind kind, @Nullable LocalDate date, @Nullable Integer days, String text, int start, int end) {

    public enum Kind {
        /** "trước ngày 15/8/2021", "chậm nhất ngày …", "hoàn thành trước …". */
        BY,
        /** "vào ngày 15/6/2022". */
        ON,
        /** "trong quý III/2021", "trong (vào) tháng 9/2022", "trong năm 2022": the period's last day. */
        PERIOD,
        /** "trong vòng 30 ngày kể từ ngày ký", "trước 15 ngày kể từ …". */
        WITHIN
    }
}
