package vn.vanban.indexer.extract;

import java.util.List;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML as text that keeps the layout the parser needs: a blank line after every
 * block, {@code \f} between PDF pages, and the two-column header table of a DOCX/ODT (issuer left;
 * motto, place and date right) written left column first, then right column. One instance per parse.
 */
final class LayoutHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "div",
            "blockquote",
            "pre",
            "dt",
            "dd",
            "tr",
            "td",
            "th",
            "caption",
            "section",
            "article",
            "header",
            "footer",
            "ol",
            "ul",
            "table");

    private final int writeLimit;
    private final StringBuilder text = new StringBuilder();
    private int written;
    private int headDepth;
    private int supDepth;
    private int tableDepth;
    private boolean contentSeen;

    // The header table: the first block of the body when it is a table of at most two columns.
    private boolean inHeaderTable;
    private boolean headerTableDone;
    private boolean headerValid;
    private int cell = -1;
    private final StringBuilder headerInOrder = new StringBuilder();
    private final StringBuilder left = new StringBuilder();
    private final StringBuilder right = new StringBuilder();
    private List<String> headerCells = List.of();

    LayoutHandler(int writeLimit) {
        this.writeLimit = writeLimit;
    }

    /** The text collected, blocks separated by a blank line, pages by {@code \f}. */
    String text() {
        return text.toString();
    }

    /** Left and right cell text of the header table (raw), or empty. */
    List<String> headerCells() {
        return headerCells;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth++;
            return;
        }
        if (name.equals("sup")) {
            supDepth++;
        }
        if (name.equals("div") && "page".equals(atts.getValue("class")) && !text.isEmpty()) {
            text.append('\f');
        }
        if (name.equals("table")) {
            tableDepth++;
            if (tableDepth == 1 && !contentSeen && !headerTableDone) {
                inHeaderTable = true;
                headerValid = true;
            }
        }
        if (inHeaderTable && tableDepth == 1) {
            if (name.equals("tr")) {
                cell = -1;
            } else if (name.equals("td") || name.equals("th")) {
                cell++;
                headerValid &= cell < 2;
            }
        }
        if (name.equals("br")) {
            target().append('\n');
        } else if (BLOCKS.contains(name)) {
            blockBreak();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth--;
            return;
        }
        if (name.equals("sup")) {
            supDepth = Math.max(0, supDepth - 1);
        }
        if (BLOCKS.contains(name)) {
            blockBreak();
        }
        if (name.equals("table")) {
            if (tableDepth == 1 && inHeaderTable) {
                finishHeaderTable();
            }
            tableDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (headDepth > 0) {
            return;
        }
        written += length;
        if (written > writeLimit) {
            // Decompression bombs and runaway documents stop here, not in the heap.
            throw new WriteLimitReachedException(writeLimit);
        }
        if (!contentSeen && !inHeaderTable) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    contentSeen = true;
                    break;
                }
            }
        }
        if (supDepth > 0) {
            // A footnote marker (<sup>1</sup>) glued to a number is not part of it: written as the
            // superscript digit it is, "126-KH/TU¹", which no number pattern reads (public report 17).
            ch = superscript(ch, start, length);
            start = 0;
        }
        if (inHeaderTable) {
            headerInOrder.append(ch, start, length);
            if (cell == 0) {
                left.append(ch, start, length);
            } else if (cell == 1) {
                right.append(ch, start, length);
            }
        } else {
            text.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static char[] superscript(char[] ch, int start, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            char c = ch[start + i];
            out[i] = c >= '0' && c <= '9' ? SUPERSCRIPT_DIGITS.charAt(c - '0') : c;
        }
        return out;
    }

    private StringBuilder target() {
        return inHeaderTable ? headerInOrder : text;
    }

    private void blockBreak() {
        if (inHeaderTable) {
            headerInOrder.append("\n\n");
            (cell == 1 ? right : left).append("\n\n");
        } else if (!text.isEmpty() && !endsWithBlankLine(text)) {
            text.append("\n\n");
        }
    }

    private static boolean endsWithBlankLine(StringBuilder s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == '\n' && s.charAt(n - 2) == '\n';
    }

    private void finishHeaderTable() {
        inHeaderTable = false;
        headerTableDone = true;
        boolean twoColumns =
                headerValid && !left.toString().isBlank() && !right.toString().isBlank();
        if (twoColumns) {
            // Reading order of the header: issuer and number (left), then motto, place and date (right).
            headerCells = List.of(left.toString(), right.toString());
            text.append(left).append("\n\n").append(right).append("\n\n");
        } else {
            text.append(headerInOrder).append("\n\n");
        }
        contentSeen = true;
    }
}
