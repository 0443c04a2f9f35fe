package vn.vanban.frontend.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import vn.vanban.backend.document.DocumentView;

/**
 * The text cut where a section starts and where a citation stands, so that the page can anchor the
 * outline and link every citation. A citation is found by its text, in text order, after the
 * previous one (the service lists citations in text order); one whose text is not found is listed
 * under the text instead of being lost.
 */
final class TextPieces {

    sealed interface Piece permits Plain, SectionStart, Cited {}

    record Plain(String text) implements Piece {}

    record SectionStart(DocumentView.Section section) implements Piece {}

    record Cited(String text, DocumentView.CitationView citation) implements Piece {}

    record Cut(List<Piece> pieces, List<DocumentView.CitationView> unplaced) {}

    private TextPieces() {}

    static Cut cut(String text, List<DocumentView.Section> sections, List<DocumentView.CitationView> citations) {
        TreeMap<Integer, DocumentView.Section> starts = new TreeMap<>();
        for (DocumentView.Section s : sections) {
            if (s.start() >= 0 && s.start() <= text.length()) {
                starts.putIfAbsent(s.start(), s);
            }
        }
        record Span(int start, int end, DocumentView.CitationView citation) {}
        List<Span> spans = new ArrayList<>();
        List<DocumentView.CitationView> unplaced = new ArrayList<>();
        int from = 0;
        for (DocumentView.CitationView c : citations) {
            String t = c.text();
            int at = t == null || t.isEmpty() ? -1 : text.indexOf(t, from);
            if (at < 0) {
                unplaced.add(c);
                continue;
            }
            spans.add(new Span(at, at + t.length(), c));
            from = at + t.length();
        }

        List<Piece> pieces = new ArrayList<>();
        int pos = 0;
        int si = 0;
        while (pos < text.length() || !starts.isEmpty()) {
            Integer nextSection = starts.isEmpty() ? null : starts.firstKey();
            Span nextSpan = si < spans.size() ? spans.get(si) : null;
            int stop = Math.min(
                    nextSection == null ? text.length() : nextSection,
                    nextSpan == null ? text.length() : nextSpan.start());
            if (stop > pos) {
                pieces.add(new Plain(text.substring(pos, stop)));
                pos = stop;
            }
            if (nextSection != null && nextSection <= pos) {
                pieces.add(new SectionStart(starts.pollFirstEntry().getValue()));
                continue;
            }
            if (nextSpan != null && nextSpan.start() <= pos) {
                pieces.add(new Cited(text.substring(nextSpan.start(), nextSpan.end()), nextSpan.citation()));
                pos = nextSpan.end();
                si++;
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
        }
        return new Cut(List.copyOf(pieces), List.copyOf(unplaced));
    }
}
