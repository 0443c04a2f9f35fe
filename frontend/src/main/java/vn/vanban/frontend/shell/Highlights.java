package vn.vanban.frontend.shell;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A search highlight as components: the fragment's text stays text (document text is data, never
 * markup) and only the service's {@code <mark>…</mark>} around matches becomes an element. The
 * service escapes the text before marking it, so the pieces are unescaped here and rendered as text
 * nodes: a document containing {@code <script>} shows those characters.
 */
public final class Highlights {

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private Highlights() {}

    public static Span render(String fragment) {
        Span span = new Span();
        span.addClassName("vb-highlight");
        for (Piece piece : pieces(fragment)) {
            if (piece.marked()) {
                Span mark = new Span(piece.text());
                mark.getElement().setAttribute("part", "mark");
                mark.addClassName("vb-mark");
                span.add(mark);
            } else {
                span.add(new Text(piece.text()));
            }
        }
        return span;
    }

    record Piece(String text, boolean marked) {}

    static List<Piece> pieces(String fragment) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        while (at < fragment.length()) {
            int open = fragment.indexOf(OPEN, at);
            if (open < 0) {
                pieces.add(new Piece(unescape(fragment.substring(at)), false));
                break;
            }
            if (open > at) {
                pieces.add(new Piece(unescape(fragment.substring(at, open)), false));
            }
            int close = fragment.indexOf(CLOSE, open + OPEN.length());
            int end = close < 0 ? fragment.length() : close;
            pieces.add(new Piece(unescape(fragment.substring(open + OPEN.length(), end)), true));
            at = close < 0 ? end : close + CLOSE.length();
        }
        return pieces;
    }

    /** The entities an HTML escaper writes; {@code &amp;} last, so that "&amp;lt;" stays "&lt;". */
    static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }
}
