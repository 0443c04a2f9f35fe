package vn.vanban.indexer.document;

import java.util.List;

/**
 * One node of the body's outline.
 *
 * @param numbering as printed: {@code I.}, {@code 2.}, {@code a)}, {@code -}; empty for unnumbered
 * @param heading the heading text (may be empty for a numbered paragraph)
 * @param text the section's own text, headings of children excluded
 * @param start character offset of the section in the parsed text (inclusive)
 * @param end character offset (exclusive), children included
 */
public record Section(String numbering, String heading, String text, int start, int end, List<Section> children) {

    public Section {
        children = List.copyOf(children);
    }
}
