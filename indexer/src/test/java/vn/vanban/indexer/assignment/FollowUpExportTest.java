package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FollowUpExportTest {

    private static final FollowUp FOLLOW_UP = new FollowUp(
            "65-KH/TU~tinh-uy-quang-ninh~2021",
            LocalDate.of(2022, 6, 1),
            List.of(
                    new FollowUp.Task(
                            "Các huyện ủy, thị ủy, thành ủy xây dựng kế hoạch thực hiện, \"chậm nhất\" ngày 6/8/2021",
                            Role.EXECUTE,
                            Action.ISSUE_PLAN,
                            List.of("Các huyện ủy, thị ủy, thành ủy"),
                            LocalDate.of(2021, 8, 6),
                            null,
                            List.of(
                                    new FollowUp.UnitStatus(
                                            "Huyện ủy Vân Đồn",
                                            "DISTRICT",
                                            FollowUp.Status.LATE,
                                            "12-KH/HU~huyen-uy-van-don~2021",
                                            LocalDate.of(2021, 8, 18),
                                            12),
                                    new FollowUp.UnitStatus(
                                            "Huyện ủy Cô Tô", "DISTRICT", FollowUp.Status.MISSING, null, null, null)),
                            List.of(),
                            List.of()),
                    new FollowUp.Task(
                            "Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc",
                            Role.MONITOR,
                            Action.MONITOR,
                            List.of("Ban Tuyên giáo Tỉnh ủy"),
                            null,
                            null,
                            List.of(),
                            List.of(),
                            List.of())),
            new FollowUp.Counts(Map.of(), Map.of()));

    @Test
    void one_row_per_unit_and_one_for_a_task_without_units() {
        List<List<String>> rows = FollowUpExport.rows(FOLLOW_UP);

        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst()).hasSize(FollowUpExport.HEADERS.size());
        assertThat(rows.getFirst().subList(5, 11))
                .containsExactly(
                        "Huyện ủy Vân Đồn", "DISTRICT", "LATE", "12-KH/HU~huyen-uy-van-don~2021", "2021-08-18", "12");
        assertThat(rows.get(1).get(7)).isEqualTo("MISSING");
        assertThat(rows.get(2).get(5)).isEqualTo("Ban Tuyên giáo Tỉnh ủy");
    }

    @Test
    void csv_starts_with_a_byte_order_mark_and_quotes_what_needs_it() {
        String csv = FollowUpExport.csv(FOLLOW_UP);

        assertThat(csv).startsWith("\uFEFFNhiệm vụ / Task,");
        assertThat(csv)
                .contains(
                        "\"Các huyện ủy, thị ủy, thành ủy xây dựng kế hoạch thực hiện, \"\"chậm nhất\"\" ngày 6/8/2021\"");
        assertThat(csv.split("\r\n")).hasSize(4);
    }

    @Test
    void xlsx_opens_with_the_same_cells_and_days_late_as_a_number() throws IOException {
        byte[] xlsx = FollowUpExport.xlsx(FOLLOW_UP);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nhiệm vụ / Task");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Huyện ủy Vân Đồn");
            assertThat(sheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(12.0);
        }
    }
}
