package vn.vanban.indexer.assignment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A follow-up as a table, one row per expected unit of each task (a task without units has one row):
 * CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads the Vietnamese) and XLSX.
 */
public final class FollowUpExport {

    /** Column headers, Vietnamese / English (STYLE.md: UI text Vietnamese by default with English). */
    public static final List<String> HEADERS = List.of(
            "Nhiệm vụ / Task",
            "Vai trò / Role",
            "Việc / Action",
            "Thời hạn / Due",
            "Định kỳ / Recurrence",
            "Đơn vị / Unit",
            "Cấp / Level",
            "Tình trạng / Status",
            "Văn bản / Document",
            "Ngày / Date",
            "Số ngày chậm / Days late");

    private FollowUpExport() {}

    /** The rows of the table, headers excluded; empty cells are empty strings. */
    public static List<List<String>> rows(FollowUp followUp) {
        List<List<String>> rows = new ArrayList<>();
        for (FollowUp.Task t : followUp.tasks()) {
            List<FollowUp.UnitStatus> units = new ArrayList<>(t.units());
            units.addAll(t.found());
            List<String> task = List.of(
                    t.text(),
                    t.role().name(),
                    t.action().name(),
                    t.due() == null ? "" : t.due().toString(),
                    Objects.toString(t.recurrence(), ""));
            if (units.isEmpty()) {
                List<String> row = new ArrayList<>(task);
                row.addAll(List.of(String.join("; ", t.assignees()), "", "", "", "", ""));
                rows.add(row);
            }
            for (FollowUp.UnitStatus u : units) {
                List<String> row = new ArrayList<>(task);
                row.addAll(List.of(
                        u.organ(),
                        Objects.toString(u.level(), ""),
                        u.status().name(),
                        Objects.toString(u.document(), ""),
                        u.date() == null ? "" : u.date().toString(),
                        u.daysLate() == null ? "" : u.daysLate().toString()));
                rows.add(row);
            }
        }
        return rows;
    }

    public static String csv(FollowUp followUp) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADERS);
            for (List<String> row : rows(followUp)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] xlsx(FollowUp followUp) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Theo dõi - Follow-up");
            write(sheet.createRow(0), HEADERS);
            List<List<String>> rows = rows(followUp);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            // Days late as a number, so that the sheet can sort and sum them.
            if (c == cells.size() - 1 && !v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
                row.createCell(c).setCellValue(Integer.parseInt(v));
            } else {
                row.createCell(c).setCellValue(v);
            }
        }
    }
}
