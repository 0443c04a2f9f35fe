package vn.vanban.indexer.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Section;

/**
 * The sections and points of a parsed document, as the comparison sees them. A section is a top-level
 * node of the outline (normally a Roman section {@code I.}); its points are every node below it
 * (numbered {@code 1.}, {@code a)}, dashes) and every unnumbered paragraph, in text order. A point's
 * text is its own text only: the text of its children are points of their own.
 */
final class Structure {

    /** A top-level section. {@code index} is its position among the document's sections. */
    record Part(int index, String label, String heading, String text, List<Point> points) {}

    /** A point: {@code section} is the index of its {@link Part}, {@code index} its position in the document. */
    record Point(int section, int index, String label, String text) {}

    // Paragraphs are separated by a blank line in extracted text (TXT, DOCX, the seeds).
    private static final Pattern PARAGRAPH = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?…)”\"]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // Markdown emphasis some extracted texts keep around a numbering ("**1.**").
    private static final Pattern EMPHASIS = Pattern.compile("^[*_#\\s]+|[*_]+$");

    private Structure() {}

    static List<Part> of(ParsedDocument doc) {
        String text = doc.text();
        List<Part> parts = new ArrayList<>();
        int[] counter = {0};
        for (Section s : doc.sections()) {
            int index = parts.size();
            List<Point> points = new ArrayList<>();
            // The section's own text after its heading line: unnumbered paragraphs.
            int ownEnd =
                    s.children().isEmpty() ? s.end() : s.children().getFirst().start();
            String own = region(text, s.start(), ownEnd);
            int newline = own.indexOf('\n');
            String body =
                    s.heading().isEmpty() ? stripLabel(own, s.numbering()) : newline < 0 ? "" : own.substring(newline);
            for (String p : paragraphs(body)) {
                points.add(new Point(index, counter[0]++, "", p));
            }
            for (Section child : s.children()) {
                collect(text, child, index, points, counter);
            }
            String all = region(text, s.start(), s.end());
            parts.add(new Part(index, s.numbering(), clean(s.heading()), clean(all), List.copyOf(points)));
        }
        return List.copyOf(parts);
    }

    private static void collect(String text, Section s, int section, List<Point> points, int[] counter) {
        int ownEnd = s.children().isEmpty() ? s.end() : s.children().getFirst().start();
        String region = region(text, s.start(), ownEnd);
        List<String> paragraphs = new ArrayList<>();
        if (s.heading().isEmpty()) {
            paragraphs.addAll(paragraphs(stripLabel(region, s.numbering())));
        } else {
            // A heading ("1. Sở Tài chính") is a point of its own, never continued by the paragraph after it.
            int newline = region.indexOf('\n');
            paragraphs.add(clean(s.heading()));
            paragraphs.addAll(paragraphs(newline < 0 ? "" : region.substring(newline)));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            points.add(new Point(section, counter[0]++, i == 0 ? s.numbering() : "", paragraphs.get(i)));
        }
        for (Section child : s.children()) {
            collect(text, child, section, points, counter);
        }
    }

    private static String region(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        return text.substring(from, to);
    }

    private static String stripLabel(String region, String numbering) {
        String r = EMPHASIS.matcher(region).replaceFirst("");
        if (!numbering.isEmpty() && r.startsWith(numbering)) {
            r = r.substring(numbering.length());
        }
        return r;
    }

    private static List<String> paragraphs(String region) {
        List<String> out = new ArrayList<>();
        for (String p : PARAGRAPH.split(region)) {
            String c = clean(p);
            if (!c.chars().anyMatch(Character::isLetterOrDigit)) {
                continue;
            }
            // A page break inside a sentence leaves a blank line (the Cẩm Phả seed: "Thủ tướng" / "Chính
            // phủ"): a paragraph whose predecessor does not end a sentence continues it.
            if (!out.isEmpty() && !SENTENCE_END.matcher(out.getLast()).find()) {
                out.set(out.size() - 1, out.getLast() + " " + c);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    static String clean(String s) {
        String c = SPACES.matcher(s).replaceAll(" ").strip();
        return EMPHASIS.matcher(c).replaceAll("").strip();
    }
}
