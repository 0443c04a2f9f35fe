package vn.vanban.indexer.citation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates as documents print them: {@code ngày 19 tháng 5 năm 2021} (Decree 30/2020/NĐ-CP, the date
 * line), {@code 19/5/2021}, {@code 19/05/2021}, {@code 19-5-2021}, {@code 19.5.2021}.
 */
public final class Dates {

    /** Day, month, year in words or with separators; line breaks may fall between the parts. */
    public static final String DATE = "(?:(\\d{1,2})\\s{1,4}tháng\\s{1,4}(\\d{1,2})\\s{1,4}năm\\s{1,4}(\\d{4})"
            + "|(\\d{1,2})[ \\t]{0,2}([/.-])[ \\t]{0,2}(\\d{1,2})[ \\t]{0,2}\\5[ \\t]{0,2}(\\d{4}))(?!\\d)";

    private static final Pattern ANY = Pattern.compile(DATE);

    private Dates() {}

    /** The date of a matcher of a pattern containing {@link #DATE} whose first group is at {@code base}. */
    public static @Nullable LocalDate of(Matcher m, int base) {
        if (m.group(base + 1) != null) {
            return date(m.group(base + 3), m.group(base + 2), m.group(base + 1));
        }
        if (m.group(base + 4) != null) {
            return date(m.group(base + 7), m.group(base + 6), m.group(base + 4));
        }
        return null;
    }

    /** The first date in {@code s}, or null. */
    public static @Nullable LocalDate first(String s) {
        Matcher m = ANY.matcher(s);
        return m.find() ? of(m, 0) : null;
    }

    static @Nullable LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1930 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
