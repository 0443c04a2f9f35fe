package vn.vanban.indexer.assignment;

import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * A task repeated: "định kỳ 6 tháng" (6), "hằng quý" (3), "hằng năm" (12), "trước ngày 15/12 hằng
 * năm" (12, 15 December).
 *
 * @param months the period in months
 * @param day the fixed day of the report in the year, or null
 */
public record Recurrence(int months, @Nullable MonthDay day, String text, int start, int end) {}
