package vn.vanban.indexer.assignment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One task of an implementation section: a sentence, or a clause after ";", with its assignees
 * (its own subject, else the one before it, else the heading it is listed under).
 *
 * @param text the task as written
 * @param start offset of the task in the parsed text (inclusive)
 * @param end offset (exclusive)
 */
public record Assignment(
        String text,
        int start,
        int end,
        List<Assignee> assignees,
        Role role,
        Action action,
        @Nullable Due due,
        @Nullable Recurrence recurrence) {

    public Assignment {
        assignees = List.copyOf(assignees);
    }
}
