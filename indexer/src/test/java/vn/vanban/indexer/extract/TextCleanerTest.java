package vn.vanban.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.extract.TextCleaner.Layout;

class TextCleanerTest {

    /** The Gazette running header, as the test inputs below print it (written for the tests). */
    private static final String GAZETTE = "CÔNG BÁO/Số";

    private static List<String> paragraphs(String text) {
        return List.of(TextCleaner.clean(text, Layout.WRAPPED).split("\n\n"));
    }

    @Test
    void gazette_header_inside_a_sentence_is_removed_and_the_sentence_rejoined() {
        String raw = """
                Điều 4. Trách nhiệm thi hành
                1. Ủy ban nhân dân các tỉnh chịu trách nhiệm tổ chức triển khai thực hiện
                các nội dung của Nghị định này trên địa bàn theo chức năng, nhiệm vụ được
                \s
                12\s
                %s 377 + 378/Ngày 04-3-2024\s
                \s
                giao và báo cáo kết quả về Bộ Nội vụ.
                """.formatted(GAZETTE);

        assertThat(paragraphs(raw))
                .containsExactly(
                        "Điều 4. Trách nhiệm thi hành",
                        "1. Ủy ban nhân dân các tỉnh chịu trách nhiệm tổ chức triển khai thực hiện các nội dung"
                                + " của Nghị định này trên địa bàn theo chức năng, nhiệm vụ được giao và báo cáo kết"
                                + " quả về Bộ Nội vụ.");
    }

    @Test
    void page_number_printed_on_the_header_line_goes_with_it() {
        String raw = "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
                + "4 " + GAZETTE + " 851 + 852/Ngày 01-7-2025\n"
                + "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n"
                + GAZETTE + " 12/Ngày 04-3-2024 5\n";

        assertThat(paragraphs(raw))
                .containsExactly(
                        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
                        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;");
    }

    @Test
    void citation_broken_before_its_number_is_joined() {
        String raw = """
                Căn cứ Nghị định số
                34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều;
                """;

        assertThat(paragraphs(raw))
                .containsExactly(
                        "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết"
                                + " một số điều;");
    }

    @Test
    void a_cited_organ_broken_inside_its_place_name_is_joined() {
        String raw = """
                Thực hiện Chỉ thị số 08/CT-UBND ngày 3/3/2023
                của Ủy ban nhân dân thị xã Đông
                Triều về phòng cháy, chữa cháy, Ủy ban nhân dân phường đề nghị
                các khu phố thực hiện nghiêm túc các nội dung sau đây, bảo đảm đúng tiến độ đề ra;
                """;

        assertThat(paragraphs(raw))
                .containsExactly(
                        "Thực hiện Chỉ thị số 08/CT-UBND ngày 3/3/2023 của Ủy ban nhân dân thị xã Đông Triều về"
                                + " phòng cháy, chữa cháy, Ủy ban nhân dân phường đề nghị các khu phố thực hiện nghiêm túc các"
                                + " nội dung sau đây, bảo đảm đúng tiến độ đề ra;");
    }

    @Test
    void a_place_name_after_the_subject_of_a_citation_does_not_join_a_heading() {
        String raw = """
                Theo Kế hoạch của Ủy ban nhân dân về du lịch xã Đông Ngũ
                Kết quả thực hiện các chỉ tiêu phát triển kinh tế - xã hội trong năm 2023 được tổng hợp, báo cáo;
                """;

        assertThat(paragraphs(raw)).hasSize(2);
    }

    @Test
    void an_organ_named_by_its_level_alone_ends_its_line() {
        String raw = """
                Các hộ gia đình kê khai đầy đủ thông tin theo mẫu và nộp cho cán bộ phụ trách trước ngày 15 hằng tháng;
                Xác nhận của UBND cấp xã
                Chủ tịch
                """;

        assertThat(paragraphs(raw)).hasSize(3);
    }

    @Test
    void lines_that_start_a_section_or_point_are_never_joined() {
        String raw = """
                Thực hiện Kế hoạch số 95-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ ban hành Kế hoạch
                như sau
                I. MỤC ĐÍCH, YÊU CẦU
                1. Nâng cao nhận thức của cán bộ, đảng viên về việc thực hiện Cuộc vận động trong tình hình
                a) Tổ chức hội nghị quán triệt đến toàn thể cán bộ, đảng viên trong Đảng bộ Khối và các cơ
                - Tuyên truyền trên cổng thông tin điện tử của các cơ quan, đơn vị, doanh nghiệp trên địa bàn
                Điều 5. Hiệu lực thi hành
                Chương II
                NHỮNG QUY ĐỊNH CỤ THỂ
                Căn cứ tình hình thực tế của địa phương, các chi bộ chủ động xây dựng kế hoạch thực hiện phù
                Nơi nhận:
                - Như trên;
                - Lưu: VP.
                """;

        assertThat(paragraphs(raw))
                .containsExactly(
                        "Thực hiện Kế hoạch số 95-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ ban hành Kế hoạch"
                                + " như sau",
                        "I. MỤC ĐÍCH, YÊU CẦU",
                        "1. Nâng cao nhận thức của cán bộ, đảng viên về việc thực hiện Cuộc vận động trong tình hình",
                        "a) Tổ chức hội nghị quán triệt đến toàn thể cán bộ, đảng viên trong Đảng bộ Khối và các cơ",
                        "- Tuyên truyền trên cổng thông tin điện tử của các cơ quan, đơn vị, doanh nghiệp trên địa bàn",
                        "Điều 5. Hiệu lực thi hành",
                        "Chương II",
                        "NHỮNG QUY ĐỊNH CỤ THỂ",
                        "Căn cứ tình hình thực tế của địa phương, các chi bộ chủ động xây dựng kế hoạch thực hiện phù",
                        "Nơi nhận:",
                        "- Như trên;",
                        "- Lưu: VP.");
    }

    @Test
    void a_short_heading_keeps_the_capitalised_line_after_it_apart() {
        String raw = """
                Điều 1. Phạm vi điều chỉnh
                Nghị định này quy định về chế độ hỗ trợ đối với cán bộ, công chức cấp xã dôi dư do sắp xếp
                Nhà nước và các tổ chức chính trị - xã hội ở địa phương theo quy định của pháp luật.
                """;

        assertThat(paragraphs(raw))
                .containsExactly(
                        "Điều 1. Phạm vi điều chỉnh",
                        "Nghị định này quy định về chế độ hỗ trợ đối với cán bộ, công chức cấp xã dôi dư do sắp xếp"
                                + " Nhà nước và các tổ chức chính trị - xã hội ở địa phương theo quy định của pháp luật.");
    }

    @Test
    void a_dash_wrapped_inside_a_phrase_is_not_a_list_item() {
        String raw = """
                Tăng cường phối hợp giữa các cơ quan để thúc đẩy phát triển kinh tế
                - xã hội của tỉnh trong giai đoạn mới.
                """;

        assertThat(paragraphs(raw))
                .containsExactly("Tăng cường phối hợp giữa các cơ quan để thúc đẩy phát triển kinh tế - xã hội của"
                        + " tỉnh trong giai đoạn mới.");
    }

    @Test
    void header_block_lines_stay_separate() {
        String raw = """
                ỦY BAN NHÂN DÂN
                TỈNH QUẢNG NINH
                Số: 15/KH-UBND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Quảng Ninh, ngày 10 tháng 3 năm 2023
                KẾ HOẠCH
                tổ chức Ngày hội đọc sách năm 2023
                """;

        assertThat(paragraphs(raw))
                .containsExactly(
                        "ỦY BAN NHÂN DÂN",
                        "TỈNH QUẢNG NINH",
                        "Số: 15/KH-UBND",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Quảng Ninh, ngày 10 tháng 3 năm 2023",
                        "KẾ HOẠCH",
                        "tổ chức Ngày hội đọc sách năm 2023");
    }

    @Test
    void header_columns_merged_on_one_line_by_a_pdf_are_split_again() {
        String raw = """
                BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
                Số: 07/2024/TT-BNV Hà Nội, ngày 05 tháng 7 năm 2024
                THÔNG TƯ
                """;

        assertThat(paragraphs(raw))
                .containsExactly(
                        "BỘ NỘI VỤ",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số: 07/2024/TT-BNV",
                        "Hà Nội, ngày 05 tháng 7 năm 2024",
                        "THÔNG TƯ");
    }

    @Test
    void gazette_header_with_a_split_word_is_recognised() {
        assertThat(paragraphs("Điều 3. Hiệu lực thi hành\n" + GAZETTE + " 679 + 680/Ngà y 24-4-2023\n"))
                .containsExactly("Điều 3. Hiệu lực thi hành");
    }

    @Test
    void gazette_header_glued_to_a_table_row_is_cut_out() {
        String raw = "Chỉ có 1 người 0 5 0 Danh mục ban hành kèm theo Nghị định của Chính phủ" + " " + GAZETTE
                + " 679 + 680/Ngày 24-4-20233 33 33\n";

        assertThat(paragraphs(raw))
                .containsExactly("Chỉ có 1 người 0 5 0 Danh mục ban hành kèm theo Nghị định của Chính phủ");
    }

    @Test
    void number_and_date_merged_at_the_end_of_a_consolidated_text_are_split() {
        StringBuilder raw = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            raw.append("Điều ").append(i).append(". Nội dung được hợp nhất.\n");
        }
        raw.append("XÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 12/VBHN-BNV Hà Nội, ngày 10 tháng 02 năm 2025\n");

        assertThat(paragraphs(raw.toString()))
                .endsWith("XÁC THỰC VĂN BẢN HỢP NHẤT", "Số: 12/VBHN-BNV", "Hà Nội, ngày 10 tháng 02 năm 2025");
    }

    @Test
    void digital_signature_stamp_is_removed() {
        String raw = """
                Điều 2. Đối tượng áp dụng
                Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
                Email: thongtinchinhphu@chinhphu.vn
                Cơ quan: VĂN PHÒNG CHÍNH PHỦ
                Thời gian ký: 08.07.2025 14:58:33 +07:00
                Cơ quan, tổ chức, cá nhân có liên quan.
                """;

        assertThat(paragraphs(raw))
                .containsExactly("Điều 2. Đối tượng áp dụng", "Cơ quan, tổ chức, cá nhân có liên quan.");
    }

    @Test
    void bare_page_number_at_a_page_break_is_removed() {
        String raw = "Các sở, ban, ngành phối hợp thực hiện nhiệm vụ được giao theo đúng tiến độ đề ra trong\n"
                + "2\n\fkế hoạch này.\n";

        assertThat(paragraphs(raw))
                .containsExactly("Các sở, ban, ngành phối hợp thực hiện nhiệm vụ được giao theo đúng tiến độ đề ra"
                        + " trong kế hoạch này.");
    }

    @Test
    void decomposed_text_and_old_tone_placement_come_out_canonical() {
        String nfd = Normalizer.normalize("Ủy ban nhân dân tỉnh Khánh Hoà", Normalizer.Form.NFD);

        assertThat(TextCleaner.clean(nfd, Layout.WRAPPED)).isEqualTo("Ủy ban nhân dân tỉnh Khánh Hòa");
    }

    @Test
    void paragraphs_from_a_document_model_are_kept_even_without_punctuation() {
        String raw = "2. Thời gian thực hiện\n\nTrong năm 2024\n\nnhưng được chia thành\nhai đợt";

        assertThat(TextCleaner.clean(raw, Layout.PARAGRAPHS).split("\n\n"))
                .containsExactly("2. Thời gian thực hiện", "Trong năm 2024", "nhưng được chia thành hai đợt");
    }

    @Test
    void markdown_marks_are_dropped() {
        String raw = "**ĐẢNG BỘ HUYỆN TIÊN YÊN**\n\n\\*\n\n## **II. NỘI DUNG**\n\n-----\n\n"
                + "Báo cáo Ban Thường vụ (*qua Văn phòng*) đúng hạn.\n";

        assertThat(TextCleaner.looksLikeMarkdown(raw)).isTrue();
        assertThat(TextCleaner.clean(raw, Layout.MARKDOWN).split("\n\n"))
                .containsExactly(
                        "ĐẢNG BỘ HUYỆN TIÊN YÊN",
                        "*",
                        "II. NỘI DUNG",
                        "Báo cáo Ban Thường vụ (qua Văn phòng) đúng hạn.");
    }
}
