package vn.vanban.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.indexer.document.Section;

/**
 * The body's outline: parts, chapters, Roman sections ({@code I.}), articles ({@code Điều 1.}),
 * points ({@code 1.}), sub-points ({@code a)}) and dashes, numbered as printed (the Cẩm Phả seed
 * numbers two sections {@code II.}: kept).
 */
final class Outline {

    private static final Pattern MARK = Pattern.compile("(?u)^(?:(PHẦN|Phần)\\s+(?:[IVXL]{1,6}|\\d{1,2})\\.?"
            + "|(Chương|CHƯƠNG)\\s+(?:[IVXL]{1,6}|\\d{1,2})\\.?|([IVXL]{1,6}[.)])|(Điều\\s+\\d{1,3}[a-z]?\\.)"
            + "|(\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)])|([a-zđ]\\))|([-+•]))(?=\\s|$)");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,]$");

    private Outline() {}

    private static final class Node {
        final String numbering;
        final String heading;
        final int level;
        final int start;
        int textStart;
        int end;
        final List<Node> children = new ArrayList<>();

        Node(String numbering, String heading, int level, int start, int textStart) {
            this.numbering = numbering;
            this.heading = heading;
            this.level = level;
            this.start = start;
            this.textStart = textStart;
        }
    }

    static List<Section> of(Lines lines, String masked, int firstLine, int bodyEnd) {
        if (firstLine < 0) {
            return List.of();
        }
        List<Node> roots = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        List<Node> flat = new ArrayList<>();
        for (int i = firstLine; i < lines.size(); i++) {
            Lines.Line line = lines.get(i);
            if (line.start() >= bodyEnd) {
                break;
            }
            Matcher m = MARK.matcher(line.content());
            if (!m.find()) {
                continue;
            }
            int level = 0;
            for (int g = 1; g <= 7; g++) {
                if (m.group(g) != null) {
                    level = g;
                    break;
                }
            }
            String numbering = m.group().strip();
            String rest = line.content().substring(m.end()).strip();
            String heading;
            if (level <= 4) {
                heading = rest;
                if (level == 4 && rest.length() > 160) {
                    heading = "";
                }
                if (level <= 2 && rest.isEmpty()) {
                    int next = lines.nextNonBlank(i + 1);
                    if (next >= 0 && OrganNames.isCaps(lines.get(next).content())) {
                        heading = lines.get(next).content();
                    }
                }
            } else {
                // A heading stands alone on its line; in hard-wrapped text (PDF, Gazette) the first line of
                // a long point looks short but the next line continues it.
                int next = i + 1 < lines.size() ? i + 1 : -1;
                boolean alone = next < 0
                        || lines.get(next).blank()
                        || MARK.matcher(lines.get(next).content()).find();
                boolean shortHeading = alone
                        && rest.length() <= 100
                        && !TRAILING_PUNCTUATION.matcher(rest).find()
                        && !rest.contains(". ");
                heading = level == 5 && shortHeading ? rest.replaceAll(":$", "") : "";
            }
            int lineOffset = line.start()
                    + masked.substring(line.start(), line.end())
                            .indexOf(m.group().strip());
            Node node = new Node(
                    numbering,
                    heading,
                    level,
                    Math.max(line.start(), lineOffset),
                    heading.isEmpty() ? Math.max(line.start(), lineOffset) + numbering.length() : line.end());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= level) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                roots.add(node);
            } else {
                stack.get(stack.size() - 1).children.add(node);
            }
            stack.add(node);
            flat.add(node);
        }
        // A node ends where the next node of the same or a higher level starts.
        for (int k = 0; k < flat.size(); k++) {
            Node n = flat.get(k);
            n.end = bodyEnd;
            for (int j = k + 1; j < flat.size(); j++) {
                if (flat.get(j).level <= n.level) {
                    n.end = flat.get(j).start;
                    break;
                }
            }
        }
        List<Section> out = new ArrayList<>();
        for (Node r : roots) {
            out.add(toSection(r, masked, flat));
        }
        return out;
    }

    private static Section toSection(Node n, String masked, List<Node> flat) {
        int ownEnd = n.children.isEmpty() ? n.end : n.children.get(0).start;
        int textStart = Math.min(n.textStart, ownEnd);
        String text = masked.substring(textStart, Math.max(textStart, ownEnd))
                .replaceAll("\\s+", " ")
                .strip();
        List<Section> children = new ArrayList<>();
        for (Node c : n.children) {
            children.add(toSection(c, masked, flat));
        }
        return new Section(n.numbering, n.heading, text, n.start, Math.max(n.start, n.end), children);
    }
}
