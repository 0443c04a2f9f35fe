package vn.vanban.indexer.parse;

import java.util.ArrayList;
import java.util.List;

/** The lines of a masked text with their offsets; {@code content} is stripped, whitespace collapsed. */
final class Lines {

    record Line(int index, int start, int end, String content) {

        boolean blank() {
            return content.isEmpty();
        }
    }

    private final List<Line> lines;

    Lines(String masked) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start <= masked.length()) {
            int end = masked.indexOf('\n', start);
            if (end < 0) {
                end = masked.length();
            }
            String content = collapse(masked, start, end);
            out.add(new Line(out.size(), start, end, content));
            start = end + 1;
        }
        this.lines = List.copyOf(out);
    }

    /** The line with runs of whitespace as one space, stripped (no regex: this runs on every line). */
    private static String collapse(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !b.isEmpty();
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    List<Line> all() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    Line get(int i) {
        return lines.get(i);
    }

    /** Index of the line containing offset {@code at}. */
    int indexAt(int at) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The next non-blank line at or after {@code i}, or -1. */
    int nextNonBlank(int i) {
        for (int k = Math.max(0, i); k < lines.size(); k++) {
            if (!lines.get(k).blank()) {
                return k;
            }
        }
        return -1;
    }
}
