package vn.vanban.frontend.compare;

import java.util.List;
import java.util.Locale;
import vn.vanban.indexer.compare.Comparison;

/**
 * The comparison as a standalone, printable HTML page. Every piece of document text goes through
 * {@link #escape}: document text is data, never markup, in the report as on the page.
 */
final class CompareReport {

    private CompareReport() {}

    static String html(Comparison c, String title) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(
                        "body{font-family:sans-serif;font-size:11pt;margin:1.5cm}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #999;padding:4px;vertical-align:top}")
                .append(
                        "ins{background:#d4f7d4;text-decoration:underline}del{background:#fbd5d5;text-decoration:line-through}")
                .append("@media print{a{color:inherit}}</style></head><body>");
        h.append("<h1>").append(escape(title)).append("</h1><table><tr>");
        for (Comparison.DocumentInfo d : c.documents()) {
            h.append("<th>")
                    .append(escape(nz(d.number(), d.key())))
                    .append("<br>")
                    .append(escape(nz(d.issuer(), "")))
                    .append(' ')
                    .append(escape(nz(d.date(), "")))
                    .append("</th>");
        }
        h.append("<th>%</th></tr>");
        for (Comparison.PairRow row : c.pairs()) {
            h.append("<tr>");
            for (int i = 0; i < row.cells().size(); i++) {
                Comparison.PointCell cell = row.cells().get(i);
                h.append("<td>");
                if (cell != null) {
                    h.append("<b>").append(escape(cell.label())).append("</b> ");
                    h.append(
                            i == row.cells().size() - 1 && !row.diff().isEmpty()
                                    ? diff(row.diff())
                                    : escape(cell.text()));
                }
                h.append("</td>");
            }
            h.append("<td>").append(percent(row.similarity())).append("</td></tr>");
        }
        h.append("</table><h2>Danh mục đối chiếu / Coverage</h2><table>");
        for (Comparison.Coverage cov : c.coverage()) {
            h.append("<tr><td>")
                    .append(cov.status())
                    .append("</td><td><b>")
                    .append(escape(cov.label()))
                    .append("</b> ")
                    .append(escape(cov.text()))
                    .append("</td><td>")
                    .append(escape(cov.against()))
                    .append("</td></tr>");
        }
        for (Comparison.Added a : c.added()) {
            h.append("<tr><td>ADDED</td><td><b>")
                    .append(escape(a.label()))
                    .append("</b> ")
                    .append(escape(a.text()))
                    .append("</td><td>")
                    .append(escape(a.document()))
                    .append("</td></tr>");
        }
        return h.append("</table></body></html>").toString();
    }

    static String diff(List<Comparison.DiffSegment> segments) {
        StringBuilder h = new StringBuilder();
        for (Comparison.DiffSegment s : segments) {
            switch (s.op()) {
                case EQUAL -> h.append(escape(s.text()));
                case INSERT -> h.append("<ins>").append(escape(s.text())).append("</ins>");
                case DELETE -> h.append("<del>").append(escape(s.text())).append("</del>");
            }
        }
        return h.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static String percent(double similarity) {
        return String.format(Locale.ROOT, "%.0f%%", similarity * 100);
    }

    private static String nz(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
