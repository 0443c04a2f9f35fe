package vn.vanban.indexer.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Assignments as the {@code indexer parse} JSON prints them: plain maps, dates as ISO strings. */
public final class AssignmentJson {

    private AssignmentJson() {}

    public static List<Map<String, @Nullable Object>> of(List<Assignment> assignments) {
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        for (Assignment a : assignments) {
            Map<String, @Nullable Object> m = new LinkedHashMap<>();
            m.put("text", a.text());
            List<Map<String, @Nullable Object>> assignees = new ArrayList<>();
            for (Assignee x : a.assignees()) {
                Map<String, @Nullable Object> as = new LinkedHashMap<>();
                as.put("text", x.text());
                as.put("class", x.group() == null ? null : x.group().name());
                as.put("start", x.start());
                as.put("end", x.end());
                assignees.add(as);
            }
            m.put("assignees", assignees);
            m.put("role", a.role().name());
            m.put("action", a.action().name());
            m.put("due", due(a.due()));
            m.put("recurrence", recurrence(a.recurrence()));
            m.put("start", a.start());
            m.put("end", a.end());
            out.add(m);
        }
        return out;
    }

    static @Nullable Map<String, @Nullable Object> due(@Nullable Due d) {
        if (d == null) {
            return null;
        }
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().name());
        m.put("date", d.date() == null ? null : d.date().toString());
        m.put("days", d.days());
        m.put("text", d.text());
        m.put("start", d.start());
        m.put("end", d.end());
        return m;
    }

    static @Nullable Map<String, @Nullable Object> recurrence(@Nullable Recurrence r) {
        if (r == null) {
            return null;
        }
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("months", r.months());
        m.put(
                "day",
                r.day() == null
                        ? null
                        : String.format(
                                "%02d-%02d", r.day().getDayOfMonth(), r.day().getMonthValue()));
        m.put("text", r.text());
        m.put("start", r.start());
        m.put("end", r.end());
        return m;
    }
}
