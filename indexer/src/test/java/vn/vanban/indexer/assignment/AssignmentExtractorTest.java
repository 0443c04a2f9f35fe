package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.parse.DocumentParser;

/**
 * The rules on the seeds, the labelled fixtures and the forms the issue lists. These examples are
 * the ones the rules were written on; their accuracy on unseen sections is {@link HeldOutAccuracyTest}.
 */
class AssignmentExtractorTest {

    private static final Path SEEDS = Path.of(System.getProperty("shared.dir", "../shared"), "seeds");

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument seed(String name) throws IOException {
        Path file = SEEDS.resolve(name);
        assumeTrue(Files.isRegularFile(file), "skipped: ../shared not found");
        return parser.parse(file.toString(), Files.readString(file));
    }

    private ParsedDocument fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/labelled/" + name)) {
            assertThat(in).as(name).isNotNull();
            return parser.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<Assignment> section(String text, LocalDate date, IssuerLevel level) {
        return AssignmentExtractor.extract(VietnameseText.normalize(text), date, level);
    }

    private static List<String> classes(Assignment a) {
        return a.assignees().stream()
                .map(x -> x.group() == null ? "ORGAN:" + x.text() : x.group().name())
                .toList();
    }

    @Test
    void tasks_of_the_cam_pha_seed_take_the_organ_of_the_heading_they_are_listed_under() throws IOException {
        ParsedDocument d = seed("002_5cefcce8a219f495.txt");

        List<Assignment> tasks = AssignmentExtractor.extract(d);

        assertThat(tasks).hasSize(10);
        assertThat(classes(tasks.getFirst())).containsExactly("DEPARTMENTS");
        assertThat(tasks.getFirst().text()).startsWith("Tổ chức quán triệt, tuyên truyền Kế hoạch số 179-KH/TU");
        assertThat(tasks.getFirst().action()).isEqualTo(Action.PROPAGATE);
        assertThat(classes(tasks.get(1))).containsExactly("ORGAN:Trung tâm Truyền thông và Văn hóa Thành phố");
        assertThat(tasks.get(1).role()).isEqualTo(Role.COORDINATE);
        // "Đồng thời gửi file …" continues the Trung tâm's tasks; "Đồng thời" is no organ.
        assertThat(classes(tasks.get(3))).containsExactly("ORGAN:Trung tâm Truyền thông và Văn hóa Thành phố");
        // "3. Ban Biên tập …; Trang thông tin …: Cập nhật …": the organs before the colon.
        assertThat(classes(tasks.get(4)))
                .containsExactly(
                        "ORGAN:Ban Biên tập Cổng thông tin điện tử Thành phố",
                        "ORGAN:Trang thông tin điện tử Thành phố");
        assertThat(classes(tasks.get(5))).containsExactly("COMMUNE_PEOPLES_COMMITTEES");
        // The closing request names two classes.
        assertThat(classes(tasks.getLast())).containsExactly("DEPARTMENTS", "COMMUNE_PEOPLES_COMMITTEES");
        assertThat(tasks).allSatisfy(t -> {
            assertThat(d.text().substring(t.start(), t.end())).isEqualTo(t.text());
            t.assignees()
                    .forEach(a ->
                            assertThat(d.text().substring(a.start(), a.end())).isEqualTo(a.text()));
            assertThat(t.due()).isNull();
        });
    }

    @Test
    void a_subject_after_can_cu_ke_hoach_nay_is_the_assignee_and_the_next_items_keep_it() throws IOException {
        ParsedDocument d = seed("000_d046981b7fe994df.txt");

        List<Assignment> tasks = AssignmentExtractor.extract(d);

        assertThat(tasks).hasSize(6);
        assertThat(classes(tasks.getFirst())).containsExactly("PARTY_CELLS");
        assertThat(tasks.getFirst().assignees().getFirst().text()).isEqualTo("cấp ủy cơ sở");
        assertThat(classes(tasks.get(1))).containsExactly("PARTY_CELLS");
        assertThat(tasks.get(2).action()).isEqualTo(Action.REPORT);
        assertThat(classes(tasks.get(3))).containsExactly("ORGAN:Ban Tuyên giáo Đảng ủy Khối");
        assertThat(tasks.get(3).role()).isEqualTo(Role.MONITOR);
    }

    @Test
    void cap_uy_truc_thuoc_of_a_province_committee_are_district_committees_of_a_district_one_commune_committees()
            throws IOException {
        List<Assignment> province = AssignmentExtractor.extract(fixture("plan-party-01-tu-na.txt"));
        List<Assignment> district = AssignmentExtractor.extract(fixture("plan-party-02-hu-cm.txt"));

        assertThat(province).extracting(Assignment::action).containsExactly(Action.ISSUE_PLAN, Action.REPORT);
        assertThat(classes(province.getFirst())).containsExactly("DISTRICT_PARTY_COMMITTEES");
        assertThat(classes(province.get(1))).containsExactly("DISTRICT_PARTY_COMMITTEES");
        assertThat(classes(district.getFirst())).containsExactly("COMMUNE_PARTY_COMMITTEES");
        // "Định kỳ báo cáo" without a period is no recurrence we can count.
        assertThat(province.get(1).recurrence()).isNull();
    }

    @Test
    void de_nghi_mat_tran_phoi_hop_is_a_coordinating_organ() throws IOException {
        List<Assignment> tasks = AssignmentExtractor.extract(fixture("plan-state-07-ub-cp.txt"));

        assertThat(tasks).hasSize(2);
        assertThat(classes(tasks.getFirst())).containsExactly("DEPARTMENTS");
        assertThat(classes(tasks.get(1))).containsExactly("ORGAN:Ủy ban Mặt trận Tổ quốc");
        assertThat(tasks.get(1).role()).isEqualTo(Role.COORDINATE);
    }

    @Test
    void due_dates_in_every_form_of_the_issue() {
        List<Assignment> tasks = section("""
                V. TỔ CHỨC THỰC HIỆN
                1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch thực hiện, hoàn thành trước ngày 15/8/2021.
                2. UBND các huyện, thị xã, thành phố ban hành kế hoạch trong quý III/2021.
                3. Các sở, ban, ngành xây dựng kế hoạch thực hiện trước 30 ngày kể từ ngày ban hành Kế hoạch này.
                4. Các chi bộ trực thuộc xây dựng kế hoạch trong vòng 20 ngày kể từ ngày tổ chức Hội nghị quán triệt.
                5. Sở Nội vụ tổ chức sơ kết vào ngày 20 tháng 12 năm 2021.
                6. Đảng ủy các xã, thị trấn hoàn thành việc xây dựng kế hoạch chậm nhất ngày 30-9-2021.
                7. Văn phòng Tỉnh ủy chuẩn bị hồ sơ, xong trước ngày 10/9.
                """, LocalDate.of(2021, 7, 1), IssuerLevel.PROVINCE);

        assertThat(tasks)
                .extracting(t ->
                        t.due() == null ? null : t.due().kind() + " " + t.due().date())
                .containsExactly(
                        "BY 2021-08-15",
                        "PERIOD 2021-09-30",
                        "WITHIN 2021-07-31",
                        "WITHIN null",
                        "ON 2021-12-20",
                        "BY 2021-09-30",
                        "BY 2021-09-10");
        assertThat(tasks.get(2).due().days()).isEqualTo(30);
        assertThat(tasks.get(3).due().days()).isEqualTo(20);
        assertThat(tasks.getFirst().due().text()).isEqualTo("trước ngày 15/8/2021");
        assertThat(tasks)
                .extracting(t -> classes(t).getFirst())
                .containsExactly(
                        "DISTRICT_PARTY_COMMITTEES",
                        "DISTRICT_PEOPLES_COMMITTEES",
                        "DEPARTMENTS",
                        "PARTY_CELLS",
                        "ORGAN:Sở Nội vụ",
                        "COMMUNE_PARTY_COMMITTEES",
                        "ORGAN:Văn phòng Tỉnh ủy");
    }

    @Test
    void recurrences_six_months_yearly_and_a_fixed_day_each_year() {
        List<Assignment> tasks = section("""
                IV. TỔ CHỨC THỰC HIỆN
                1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc; định kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy.
                2. Các sở, ngành báo cáo kết quả hằng năm về Sở Tư pháp.
                3. UBND các huyện tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.
                4. Các phòng, ban định kỳ hằng quý gửi báo cáo về Văn phòng.
                """, LocalDate.of(2022, 1, 10), IssuerLevel.PROVINCE);

        assertThat(tasks).hasSize(5);
        assertThat(tasks.getFirst().role()).isEqualTo(Role.LEAD);
        assertThat(tasks.getFirst().action()).isEqualTo(Action.MONITOR);
        // The clause after ";" keeps the subject and its role.
        assertThat(tasks.get(1).role()).isEqualTo(Role.LEAD);
        assertThat(tasks.get(1).action()).isEqualTo(Action.REPORT);
        assertThat(tasks.get(1).recurrence().months()).isEqualTo(6);
        assertThat(classes(tasks.get(1))).containsExactly("ORGAN:Ban Tuyên giáo Tỉnh ủy");
        assertThat(tasks.get(2).recurrence().months()).isEqualTo(12);
        assertThat(tasks.get(3).recurrence().months()).isEqualTo(12);
        assertThat(tasks.get(3).recurrence().day()).isEqualTo(MonthDay.of(12, 15));
        // A day in the year is a recurrence, not a due date.
        assertThat(tasks.get(3).due()).isNull();
        assertThat(tasks.get(4).recurrence().months()).isEqualTo(3);
    }

    @Test
    void roles_lead_coordinate_execute_and_monitor() {
        List<Assignment> tasks = section("""
                III. TRÁCH NHIỆM THỰC HIỆN
                1. Sở Công Thương chủ trì tổ chức các hoạt động.
                2. Sở Tài chính phối hợp bố trí kinh phí.
                3. Ban Tổ chức Tỉnh ủy hướng dẫn các địa phương.
                4. Ủy ban Kiểm tra Tỉnh ủy giám sát việc thực hiện.
                5. Các tổ chức chính trị - xã hội tuyên truyền, vận động hội viên.
                """, LocalDate.of(2022, 1, 10), IssuerLevel.PROVINCE);

        assertThat(tasks)
                .extracting(Assignment::role)
                .containsExactly(Role.LEAD, Role.COORDINATE, Role.EXECUTE, Role.MONITOR, Role.EXECUTE);
        // "Ban Tổ chức" and "Ủy ban Kiểm tra" are names: their capitalised words are not verbs.
        assertThat(classes(tasks.get(2))).containsExactly("ORGAN:Ban Tổ chức Tỉnh ủy");
        assertThat(classes(tasks.get(3))).containsExactly("ORGAN:Ủy ban Kiểm tra Tỉnh ủy");
        assertThat(classes(tasks.get(4))).containsExactly("MASS_ORGANISATIONS");
    }

    @Test
    void a_semicolon_between_assignees_does_not_end_the_task() {
        List<Assignment> tasks = section("""
                IV. TỔ CHỨC THỰC HIỆN
                1. Các sở, ngành; UBND các huyện, thành phố ban hành kế hoạch trước ngày 01/3/2023; định kỳ hằng quý báo cáo Sở Nội vụ.
                """, LocalDate.of(2023, 1, 5), IssuerLevel.PROVINCE);

        assertThat(tasks).hasSize(2);
        assertThat(classes(tasks.getFirst())).containsExactly("DEPARTMENTS", "DISTRICT_PEOPLES_COMMITTEES");
        assertThat(tasks.getFirst().due().date()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(classes(tasks.get(1))).containsExactly("DEPARTMENTS", "DISTRICT_PEOPLES_COMMITTEES");
    }

    @Test
    void a_document_without_an_implementation_section_has_no_tasks() {
        assertThat(section("KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Tuyên truyền.", LocalDate.of(2022, 1, 1), IssuerLevel.PROVINCE))
                .isEmpty();
    }
}
