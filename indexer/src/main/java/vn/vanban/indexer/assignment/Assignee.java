package vn.vanban.indexer.assignment;

import org.jspecify.annotations.Nullable;

/**
 * One assignee of a task as written.
 *
 * @param text the words of the document ("UBND các huyện, thị xã, thành phố", "Sở Công Thương")
 * @param group the class it names, or null for a named organ
 * @param start offset in the parsed text (inclusive)
 * @param end offset (exclusive)
 */
public record Assignee(String text, @Nullable AssigneeClass group, int start, int end) {}
