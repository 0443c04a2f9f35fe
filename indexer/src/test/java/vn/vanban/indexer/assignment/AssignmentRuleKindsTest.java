package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.document.IssuerLevel;

/**
 * The kinds of rules added when the second held-out set became a development set (assignee
 * classes, role verbs, due forms). Each test is written on sentences of its own, not copied from a
 * held-out set, so that it proves the kind of rule and not one sentence.
 */
class AssignmentRuleKindsTest {

    private static final LocalDate DATE = LocalDate.of(2024, 3, 4);

    private static List<Assignment> section(String items, IssuerLevel level) {
        return AssignmentExtractor.extract(VietnameseText.normalize("III. TỔ CHỨC THỰC HIỆN\n" + items), DATE, level);
    }

    private static List<String> classes(Assignment a) {
        return a.assignees().stream()
                .map(x -> x.group() == null ? "ORGAN:" + x.text() : x.group().name())
                .toList();
    }

    @Test
    void a_circumstance_before_the_subject_is_not_the_assignee() {
        List<Assignment> tasks = section("""
                1. Sở Xây dựng chủ trì triển khai Kế hoạch.
                2. Khi có phát sinh, vướng mắc, UBND các huyện, thị xã báo cáo Sở Xây dựng.
                3. Trường hợp cần điều chỉnh, đề nghị các sở, ngành gửi văn bản về Sở Xây dựng.
                4. Trong quá trình tổ chức thực hiện, nếu có khó khăn, kịp thời phản ánh về Sở Xây dựng.
                """, IssuerLevel.PROVINCE);

        assertThat(tasks).hasSize(4);
        assertThat(classes(tasks.get(1))).containsExactly("DISTRICT_PEOPLES_COMMITTEES");
        assertThat(tasks.get(1).action()).isEqualTo(Action.REPORT);
        assertThat(classes(tasks.get(2))).containsExactly("DEPARTMENTS");
        // No organ after the circumstance: the task keeps the subject before it.
        assertThat(classes(tasks.get(3))).containsExactly("DEPARTMENTS");
    }

    @Test
    void a_month_or_quarter_after_vao_is_a_period_like_after_trong() {
        List<Assignment> tasks = section("""
                1. Phòng Nội vụ tổ chức sơ kết vào tháng 11/2024.
                2. Phòng Tư pháp tổng kết vào quý IV năm 2025.
                """, IssuerLevel.DISTRICT);

        assertThat(tasks).extracting(t -> t.due().kind()).containsExactly(Due.Kind.PERIOD, Due.Kind.PERIOD);
        assertThat(tasks)
                .extracting(t -> t.due().date())
                .containsExactly(LocalDate.of(2024, 11, 30), LocalDate.of(2025, 12, 31));
    }

    @Test
    void a_duty_phrase_before_the_verb_leaves_the_role_to_the_verb() {
        List<Assignment> tasks = section("""
                1. Sở Nội vụ có trách nhiệm theo dõi, tổng hợp kết quả.
                2. Sở Tài chính chịu trách nhiệm chủ trì thẩm định kinh phí.
                3. Văn phòng UBND tỉnh được giao phối hợp đôn đốc.
                """, IssuerLevel.PROVINCE);

        assertThat(tasks).extracting(Assignment::role).containsExactly(Role.MONITOR, Role.LEAD, Role.COORDINATE);
    }

    @Test
    void the_standing_of_an_organ_in_the_task_is_not_part_of_its_name() {
        List<Assignment> tasks = section("""
                1. Sở Y tế là cơ quan thường trực, chủ trì theo dõi việc thực hiện.
                """, IssuerLevel.PROVINCE);

        assertThat(classes(tasks.getFirst())).containsExactly("ORGAN:Sở Y tế");
        assertThat(tasks.getFirst().role()).isEqualTo(Role.LEAD);
    }

    @Test
    void guiding_and_checking_is_a_task_of_ones_own_guiding_and_following_up_is_monitoring() {
        List<Assignment> tasks = section("""
                1. Ban Dân vận Huyện ủy hướng dẫn, kiểm tra; định kỳ 6 tháng báo cáo Ban Thường vụ.
                2. Ban Tổ chức Huyện ủy hướng dẫn, đôn đốc các chi bộ.
                3. Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện.
                """, IssuerLevel.DISTRICT);

        assertThat(tasks)
                .extracting(Assignment::role)
                .containsExactly(Role.EXECUTE, Role.EXECUTE, Role.MONITOR, Role.MONITOR);
        assertThat(tasks.getFirst().action()).isEqualTo(Action.MONITOR);
    }

    @Test
    void one_class_named_twice_in_a_list_is_one_assignee() {
        List<Assignment> tasks = section("""
                1. Các huyện ủy, thành ủy và các đảng ủy trực thuộc Tỉnh ủy xây dựng kế hoạch trước ngày 30/4/2024.
                2. Các sở, ban, ngành và các cơ quan, đơn vị của tỉnh triển khai thực hiện.
                3. Sở Tư pháp và Sở Nội vụ phối hợp kiểm tra.
                """, IssuerLevel.PROVINCE);

        assertThat(classes(tasks.get(0))).containsExactly("DISTRICT_PARTY_COMMITTEES");
        assertThat(tasks.get(0).assignees().getFirst().text())
                .isEqualTo("Các huyện ủy, thành ủy và các đảng ủy trực thuộc Tỉnh ủy");
        assertThat(classes(tasks.get(1))).containsExactly("DEPARTMENTS");
        // Named organs stay two.
        assertThat(classes(tasks.get(2))).containsExactly("ORGAN:Sở Tư pháp", "ORGAN:Sở Nội vụ");
    }

    @Test
    void the_front_without_a_place_before_the_mass_organisations_shares_their_place() {
        List<Assignment> tasks = section("""
                1. Đề nghị Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã phối hợp tuyên truyền.
                2. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể xã vận động Nhân dân.
                """, IssuerLevel.COMMUNE);

        assertThat(classes(tasks.get(0))).containsExactly("MASS_ORGANISATIONS");
        assertThat(classes(tasks.get(1)))
                .containsExactly("ORGAN:Ủy ban Mặt trận Tổ quốc Việt Nam xã", "MASS_ORGANISATIONS");
    }

    @Test
    void a_list_is_of_the_class_of_its_first_member() {
        assertThat(AssigneeClasses.of("Đảng ủy các phường, chi bộ, đảng bộ cơ sở trực thuộc", IssuerLevel.DISTRICT))
                .isEqualTo(AssigneeClass.COMMUNE_PARTY_COMMITTEES);
        assertThat(AssigneeClasses.of("UBND các huyện, các sở, ngành", IssuerLevel.PROVINCE))
                .isEqualTo(AssigneeClass.DISTRICT_PEOPLES_COMMITTEES);
        // Mentions that overlap are one: "các đảng ủy, chi bộ" are cells, not subordinate committees.
        assertThat(AssigneeClasses.of("Các đảng ủy, chi bộ trực thuộc", IssuerLevel.DISTRICT))
                .isEqualTo(AssigneeClass.PARTY_CELLS);
        assertThat(AssigneeClasses.of("Các chi bộ trực thuộc Quận ủy", IssuerLevel.DISTRICT))
                .isEqualTo(AssigneeClass.PARTY_CELLS);
    }

    // Kinds found when the third set (written blind) became a development set.

    @Test
    void a_heading_ending_with_a_colon_names_the_organs_of_the_items_below_it() {
        List<Assignment> tasks = section("""
                1. Các phòng chuyên môn thuộc UBND huyện; UBND các xã:
                + Rà soát danh mục thủ tục hành chính;
                + Niêm yết công khai kết quả tại trụ sở.
                2. Phòng Nội vụ:
                a) Hướng dẫn nghiệp vụ cho công chức cấp xã;
                b) Ban Tổ chức Huyện ủy phối hợp bố trí cán bộ.
                """, IssuerLevel.DISTRICT);

        assertThat(tasks).hasSize(4);
        assertThat(classes(tasks.get(0))).containsExactly("DEPARTMENTS", "COMMUNE_PEOPLES_COMMITTEES");
        // The item's first word is capitalised as every item's is: it is not an organ.
        assertThat(classes(tasks.get(1))).containsExactly("DEPARTMENTS", "COMMUNE_PEOPLES_COMMITTEES");
        assertThat(classes(tasks.get(2))).containsExactly("ORGAN:Phòng Nội vụ");
        // An organ's head word does name another assignee.
        assertThat(classes(tasks.get(3))).containsExactly("ORGAN:Ban Tổ chức Huyện ủy");
    }

    @Test
    void the_items_under_giao_cac_co_quan_sau_name_the_assignees_of_the_task() {
        List<Assignment> tasks = section("""
                1. Giao các đơn vị sau chủ trì triển khai các nội dung tại Phụ lục:
                - Sở Công Thương;
                - Sở Xây dựng.
                2. Sở Tài chính phối hợp bố trí kinh phí.
                """, IssuerLevel.PROVINCE);

        assertThat(tasks).hasSize(2);
        assertThat(classes(tasks.get(0))).containsExactly("ORGAN:Sở Công Thương", "ORGAN:Sở Xây dựng");
        assertThat(tasks.get(0).role()).isEqualTo(Role.LEAD);
        assertThat(classes(tasks.get(1))).containsExactly("ORGAN:Sở Tài chính");
    }

    @Test
    void an_organ_of_one_committee_is_named_not_a_class() {
        assertThat(AssigneeClasses.of("Văn phòng Đảng ủy thị trấn", IssuerLevel.COMMUNE))
                .isNull();
        assertThat(AssigneeClasses.of("Ban Tuyên giáo Đảng ủy xã", IssuerLevel.COMMUNE))
                .isNull();
        assertThat(AssigneeClasses.of("Đảng ủy các xã, thị trấn", IssuerLevel.DISTRICT))
                .isEqualTo(AssigneeClass.COMMUNE_PARTY_COMMITTEES);
    }

    @Test
    void a_list_of_kinds_of_units_is_one_class_and_a_list_of_named_organs_stays_apart() {
        List<Assignment> tasks = section("""
                1. Các Cục, Vụ và đơn vị thuộc Bộ rà soát văn bản.
                2. Các tổ chức thành viên của Ủy ban MTTQ Việt Nam huyện tuyên truyền Nghị quyết.
                3. Hội Nông dân, Công đoàn, Đoàn Thanh niên huyện phối hợp vận động.
                """, IssuerLevel.DISTRICT);

        assertThat(classes(tasks.get(0))).containsExactly("DEPARTMENTS");
        assertThat(classes(tasks.get(1))).containsExactly("MASS_ORGANISATIONS");
        assertThat(tasks.get(2).assignees()).hasSize(3);
    }

    @Test
    void a_day_without_a_year_is_in_the_year_of_the_document_or_the_next() {
        List<Assignment> tasks = section("""
                1. Phòng Y tế xây dựng kế hoạch, xong trước 20/10.
                2. Phòng Giáo dục và Đào tạo tổng hợp số liệu, hoàn thành trước 15/01.
                """, IssuerLevel.DISTRICT);

        assertThat(tasks)
                .extracting(t -> t.due().date())
                .containsExactly(LocalDate.of(2024, 10, 20), LocalDate.of(2025, 1, 15));
    }

    @Test
    void days_are_counted_from_the_document_only_when_its_issue_starts_them() {
        List<Assignment> tasks = section("""
                1. Các phòng, ban xây dựng kế hoạch trong vòng 15 ngày kể từ ngày Kế hoạch này được ban hành.
                2. Phòng Nội vụ gửi báo cáo chậm nhất 05 ngày sau khi kết thúc hội nghị.
                3. Phòng Tư pháp tổ chức tổng kết vào năm 2026.
                """, IssuerLevel.DISTRICT);

        assertThat(tasks.get(0).due())
                .extracting(Due::kind, Due::days, Due::date)
                .containsExactly(Due.Kind.WITHIN, 15, LocalDate.of(2024, 3, 19));
        assertThat(tasks.get(1).due())
                .extracting(Due::kind, Due::days, Due::date)
                .containsExactly(Due.Kind.WITHIN, 5, null);
        assertThat(tasks.get(2).due())
                .extracting(Due::kind, Due::date)
                .containsExactly(Due.Kind.PERIOD, LocalDate.of(2026, 12, 31));
    }

    @Test
    void an_item_whose_verb_is_unknown_is_a_task_not_a_heading() {
        List<Assignment> tasks = section("""
                1. UBND các xã:
                - Thành lập Tổ công tác trước ngày 30/4/2024;
                - Thành lập Ban vận động.
                """, IssuerLevel.DISTRICT);

        assertThat(tasks).hasSize(2);
        assertThat(classes(tasks.get(0))).containsExactly("COMMUNE_PEOPLES_COMMITTEES");
        assertThat(tasks.get(0).due().date()).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void a_yearly_task_keeps_its_fixed_day_wherever_the_clause_names_it() {
        List<Assignment> tasks = section("""
                1. UBND các xã hằng năm gửi báo cáo kết quả về Phòng Tài chính - Kế hoạch huyện và Văn phòng \
                HĐND và UBND huyện trước ngày 20/11.
                2. Phòng Nội vụ tổng hợp trước ngày 05 tháng 12 hằng năm.
                """, IssuerLevel.DISTRICT);

        assertThat(tasks).extracting(t -> t.recurrence().months()).containsExactly(12, 12);
        assertThat(tasks)
                .extracting(t -> t.recurrence().day())
                .containsExactly(MonthDay.of(11, 20), MonthDay.of(12, 5));
        assertThat(tasks).extracting(Assignment::due).containsOnlyNulls();
    }

    @Test
    void strengthening_supervision_is_monitoring_and_a_clause_without_subject_keeps_the_role_before_it() {
        List<Assignment> tasks = section("""
                1. Đề nghị Ủy ban MTTQ Việt Nam huyện tăng cường giám sát việc thực hiện.
                2. Phòng Văn hóa chủ trì hướng dẫn; theo dõi, đôn đốc các xã thực hiện.
                """, IssuerLevel.DISTRICT);

        assertThat(tasks).extracting(Assignment::role).containsExactly(Role.MONITOR, Role.LEAD, Role.LEAD);
    }
}
