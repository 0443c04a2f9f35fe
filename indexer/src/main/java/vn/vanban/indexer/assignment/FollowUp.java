package vn.vanban.indexer.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who was required to do what by when, and who has done it: the {@code GET
 * /api/documents/{key}/follow-up} answer.
 *
 * @param document the followed document's key
 * @param today the day statuses were computed on (from the injected clock)
 * @param tasks the tasks of its implementation section, in the order of the text
 * @param counts units per status, overall and per level
 */
public record FollowUp(String document, LocalDate today, List<Task> tasks, Counts counts) {

    public FollowUp {
        tasks = List.copyOf(tasks);
    }

    public enum Status {
        /** An implementing document (a report, for a reporting task) dated on or before the due date. */
        ON_TIME,
        /** Dated after the due date, {@code daysLate} days. */
        LATE,
        /** None yet, and the due date has passed (or there is none). */
        MISSING,
        /** None yet, and the due date is after today. */
        NOT_DUE
    }

    /**
     * One task.
     *
     * @param assignees as written
     * @param due the last day, or null; for a recurring task without one ("định kỳ 6 tháng báo cáo")
     *     the end of its first period, counted from the document's date
     * @param recurrence as written ("định kỳ 6 tháng"), or null
     * @param units the expected organs with their status; empty for a task that asks for no document
     *     (organise, monitor)
     * @param countUnknown the assignee classes whose members are not known (no MISSING can be told)
     * @param found documents of such classes that were found all the same
     */
    public record Task(
            String text,
            Role role,
            Action action,
            List<String> assignees,
            @Nullable LocalDate due,
            @Nullable String recurrence,
            List<UnitStatus> units,
            List<String> countUnknown,
            List<UnitStatus> found) {

        public Task {
            assignees = List.copyOf(assignees);
            units = List.copyOf(units);
            countUnknown = List.copyOf(countUnknown);
            found = List.copyOf(found);
        }
    }

    /**
     * One expected organ.
     *
     * @param document the key of its implementing document (or report), or null
     * @param date that document's date, or null
     * @param daysLate for LATE, the days after the due date
     */
    public record UnitStatus(
            String organ,
            @Nullable String level,
            Status status,
            @Nullable String document,
            @Nullable LocalDate date,
            @Nullable Integer daysLate) {}

    /** Units per status, and per level then status; every status present, zero included. */
    public record Counts(Map<Status, Long> byStatus, Map<String, Map<Status, Long>> byLevel) {}
}
