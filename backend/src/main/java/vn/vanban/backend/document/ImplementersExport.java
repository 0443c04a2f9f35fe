package vn.vanban.backend.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The implementers tree as a table, one row per document in tree order: depth, the parent it is
 * shown under, level, place, number, issuer, date and days after the root. CSV (UTF-8 with a byte
 * order mark, which Excel needs to read Vietnamese) and XLSX (streamed, so large trees fit).
 */
public final class ImplementersExport {

    static final List<String> HEADER = List.of(
            "depth",
            "parentKey",
            "key",
            "number",
            "type",
            "issuer",
            "issuerLevel",
            "province",
            "district",
            "commune",
            "date",
            "daysAfter",
            "status");

    private ImplementersExport() {}

    public static void csv(ImplementersView view, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(String.join(",", HEADER));
        out.write("\r\n");
        for (List<String> row : rows(view)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(csvField(row.get(i)));
            }
            out.write(line.append("\r\n").toString());
        }
        out.flush();
    }

    public static void xlsx(ImplementersView view, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Thực hiện");
            int r = 0;
            write(sheet.createRow(r++), HEADER, false);
            for (List<String> row : rows(view)) {
                write(sheet.createRow(r++), row, true);
            }
            workbook.write(out);
        }
        out.flush();
    }

    private static void write(Row row, List<String> values, boolean data) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            String v = values.get(i);
            boolean numeric = data && (i == 0 || i == 11) && !v.isEmpty();
            if (numeric) {
                cell.setCellValue(Double.parseDouble(v));
            } else {
                cell.setCellValue(v);
            }
        }
    }

    static List<List<String>> rows(ImplementersView view) {
        Map<String, Long> days = new HashMap<>();
        view.timeline().forEach(t -> {
            if (t.daysAfter() != null) {
                days.put(t.key(), t.daysAfter());
            }
        });
        List<List<String>> rows = new ArrayList<>();
        String rootKey = view.root().key() == null ? "" : view.root().key();
        walk(view.children(), 1, rootKey, days, rows);
        return rows;
    }

    private static void walk(
            List<ImplementersView.Node> nodes,
            int depth,
            String parent,
            Map<String, Long> days,
            List<List<String>> rows) {
        for (ImplementersView.Node n : nodes) {
            Long d = days.get(n.key());
            rows.add(List.of(
                    String.valueOf(depth),
                    parent,
                    n.key(),
                    text(n.number()),
                    text(n.type()),
                    text(n.issuer()),
                    text(n.issuerLevel()),
                    text(n.province()),
                    text(n.district()),
                    text(n.commune()),
                    text(n.date()),
                    d == null ? "" : String.valueOf(d),
                    n.status()));
            walk(n.children(), depth + 1, n.key(), days, rows);
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    /**
     * RFC 4180 quoting; a field a spreadsheet would run as a formula ({@code = + - @}) is prefixed
     * with an apostrophe (OWASP "CSV injection").
     */
    private static String csvField(String v) {
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
