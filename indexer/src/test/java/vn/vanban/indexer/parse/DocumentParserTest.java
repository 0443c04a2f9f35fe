package vn.vanban.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.extract.ExtractedText;

/** Layout rules one at a time, on short texts written for the project. */
class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument parse(String text) {
        return parser.parse(
                new ExtractedText(Path.of("t.txt"), DocumentStatus.OK, text, null, "text/plain", false, List.of()));
    }

    private static List<Citation> distinct(ParsedDocument d) {
        return d.citations().stream().filter(c -> c.repeatOf() == null).toList();
    }

    @Test
    void a_two_column_header_dated_in_a_commune_whose_name_ends_with_a_letter_is_read() {
        ParsedDocument d = parse("""
                           ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                           XÃ MỸ AN HƯNG A                Độc lập - Tự do - Hạnh phúc
                            Số: 3 /KH-UBND                Mỹ An Hưng A, ngày 24 tháng 01 năm 2022

                KẾ HOẠCH
                Tuyên truyền thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị
                """);

        assertThat(d.number()).isEqualTo("3/KH-UBND");
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 24));
        assertThat(d.place()).isEqualTo("Mỹ An Hưng A");
    }

    @Test
    void official_letter_has_type_cv_and_its_subject_after_v_v() {
        ParsedDocument d = parse("""
                ỦY BAN NHÂN DÂN
                HUYỆN VÂN ĐỒN

                Số: 1234/UBND-VX
                V/v triển khai Tháng hành động
                vì an toàn thực phẩm năm 2023

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc

                Vân Đồn, ngày 3 tháng 4 năm 2023

                Kính gửi: Ủy ban nhân dân các xã, thị trấn.

                Thực hiện Kế hoạch số 56/KH-UBND ngày 20/3/2023 của UBND tỉnh về Tháng hành động vì an toàn thực phẩm,
                UBND huyện đề nghị các xã triển khai thực hiện.

                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Nguyễn Văn Hòa
                """);
        assertThat(d.number()).isEqualTo("1234/UBND-VX");
        assertThat(d.type()).isEqualTo(new DocumentType("CV", "Công văn"));
        assertThat(d.subject()).isEqualTo("triển khai Tháng hành động vì an toàn thực phẩm năm 2023");
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân huyện Vân Đồn");
        assertThat(d.issuerLevel()).isEqualTo(IssuerLevel.DISTRICT);
        assertThat(d.province()).isEqualTo("Quảng Ninh");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 4, 3));
        assertThat(d.authority()).isEqualTo("KT.");
        assertThat(d.signer()).isEqualTo("Nguyễn Văn Hòa");
        Citation plan = distinct(d).get(0);
        assertThat(plan.relation()).isEqualTo(Relation.IMPLEMENTS);
        assertThat(plan.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Ninh");
    }

    @Test
    void commune_party_committee_is_placed_through_its_district() {
        ParsedDocument d = parse("""
                ĐẢNG BỘ HUYỆN VÂN ĐỒN
                ĐẢNG ỦY XÃ ĐOÀN KẾT
                *
                Số 12-KH/ĐU

                ĐẢNG CỘNG SẢN VIỆT NAM

                Đoàn Kết, ngày 10 tháng 8 năm 2022

                KẾ HOẠCH
                thực hiện Kế hoạch số 179-KH/HU của Ban Thường vụ Huyện ủy
                """);
        assertThat(d.issuer()).isEqualTo("Đảng ủy xã Đoàn Kết");
        assertThat(d.parentOrgan()).isEqualTo("Đảng bộ huyện Vân Đồn");
        assertThat(d.issuerSide()).isEqualTo(IssuerSide.PARTY);
        assertThat(d.issuerLevel()).isEqualTo(IssuerLevel.COMMUNE);
        assertThat(d.commune()).isEqualTo("Đoàn Kết");
        assertThat(d.district()).isEqualTo("Vân Đồn");
        assertThat(d.province()).isEqualTo("Quảng Ninh");
        Citation plan = distinct(d).get(0);
        assertThat(plan.relation()).isEqualTo(Relation.IMPLEMENTS); // the object of "thực hiện" in the subject line
        assertThat(plan.issuer()).isEqualTo("Huyện ủy Vân Đồn");
    }

    @Test
    void list_joined_by_va_is_implemented_and_a_document_inside_a_subject_is_mentioned() {
        ParsedDocument d = parse("""
                TỈNH ỦY NGHỆ AN
                *
                Số 88-KH/TU

                Nghệ An, ngày 02 tháng 3 năm 2022

                KẾ HOẠCH
                tuyên truyền Cuộc vận động

                Thực hiện Chỉ thị số 03-CT/TW, ngày 19/5/2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng và
                Kế hoạch số 95-KH/BTGTW ngày 12/8/2021 của Ban Tuyên giáo Trung ương về thực hiện Chỉ thị số 28/CT-TTg
                của Thủ tướng Chính phủ, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:

                I. MỤC ĐÍCH, YÊU CẦU
                1. Nâng cao nhận thức.
                """);
        assertThat(distinct(d))
                .extracting(Citation::number, Citation::relation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("03-CT/TW", Relation.IMPLEMENTS),
                        org.assertj.core.groups.Tuple.tuple("95-KH/BTGTW", Relation.IMPLEMENTS),
                        org.assertj.core.groups.Tuple.tuple("28/CT-TTg", Relation.MENTIONS));
        assertThat(d.issuerLevel()).isEqualTo(IssuerLevel.PROVINCE);
        assertThat(d.sections()).hasSize(1);
    }

    @Test
    void can_cu_clauses_are_basis_and_a_citation_broken_across_lines_is_found_whole() {
        ParsedDocument d = parse("""
                ỦY BAN NHÂN DÂN
                TỈNH TIỀN GIANG

                Số: 45/QĐ-UBND

                Tiền Giang, ngày 9 tháng 1 năm 2024

                QUYẾT ĐỊNH
                Về việc thành lập Ban Chỉ đạo

                CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính
                phủ về công tác văn thư;
                Căn cứ Quyết định số 386/QĐ-
                TTg ngày 17-3-2021 của Thủ tướng Chính phủ;
                Theo đề nghị của Giám đốc Sở Công Thương.

                QUYẾT ĐỊNH:
                Điều 1. Thành lập Ban Chỉ đạo.
                """);
        assertThat(distinct(d))
                .extracting(Citation::number, Citation::relation, Citation::issuer, Citation::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, Relation.BASIS, null, LocalDate.of(2015, 6, 19)),
                        org.assertj.core.groups.Tuple.tuple(
                                "30/2020/NĐ-CP", Relation.BASIS, "Chính phủ", LocalDate.of(2020, 3, 5)),
                        org.assertj.core.groups.Tuple.tuple(
                                "386/QĐ-TTg", Relation.BASIS, "Thủ tướng Chính phủ", LocalDate.of(2021, 3, 17)));
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Tiền Giang");
        assertThat(d.subject()).isEqualTo("Về việc thành lập Ban Chỉ đạo");
    }

    @Test
    void visibility_marks_and_by_order_signature_are_read() {
        ParsedDocument d = parse("""
                BAN CHẤP HÀNH TRUNG ƯƠNG
                *
                Số 15-TB/TW
                MẬT

                ĐẢNG CỘNG SẢN VIỆT NAM
                Hà Nội, ngày 1 tháng 6 năm 2021

                THÔNG BÁO
                kết luận của Ban Bí thư

                Nội dung.

                TL. BAN BÍ THƯ
                CHÁNH VĂN PHÒNG

                Lê Minh Hưng
                """);
        assertThat(d.visibility()).containsExactly("MẬT");
        assertThat(d.authority()).isEqualTo("TL.");
        assertThat(d.signerPosition()).isEqualTo("CHÁNH VĂN PHÒNG");
        assertThat(d.issuerLevel()).isEqualTo(IssuerLevel.CENTRAL);
        assertThat(d.province()).isNull();
        assertThat(d.type()).isEqualTo(new DocumentType("TB", "Thông báo"));
    }

    @Test
    void short_forms_link_to_the_first_full_mention() {
        ParsedDocument d = parse("""
                Số: 7/BC-UBND
                Hà Nội, ngày 5 tháng 5 năm 2022
                BÁO CÁO
                kết quả
                Triển khai Chỉ thị số 28/CT-TTg ngày 26/10/2021 của Thủ tướng Chính phủ (Chỉ thị số 28/CT-TTg), ...
                Kết quả thực hiện Chỉ thị 28/CT-TTg tốt.
                """);
        assertThat(d.citations()).extracting(Citation::repeatOf).containsExactly(null, 0, 0);
        assertThat(distinct(d).get(0).relation()).isEqualTo(Relation.IMPLEMENTS);
    }

    @Test
    void failed_extraction_keeps_status_and_error() {
        ParsedDocument d = parser.parse(ExtractedText.failed(
                Path.of("x.pdf"), DocumentStatus.ENCRYPTED, "x.pdf: encrypted", "application/pdf"));
        assertThat(d.status()).isEqualTo(DocumentStatus.ENCRYPTED);
        assertThat(d.error()).isEqualTo("x.pdf: encrypted");
        assertThat(d.citations()).isEmpty();
    }

    @Test
    void a_citation_broken_by_a_gazette_page_break_is_found_whole() {
        ParsedDocument d = parse("""
                BỘ TÀI CHÍNH

                Số: 12/2024/TT-BTC

                Hà Nội, ngày 2 tháng 2 năm 2024

                THÔNG TƯ
                Hướng dẫn kế toán

                Căn cứ Nghị định số 174/2016/NĐ-CP ngày 30 tháng 12 năm 2016 của Chính
                Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
                Email: thongtinchinhphu@chinhphu.vn
                Cơ quan: VĂN PHÒNG CHÍNH PHỦ
                Thời gian ký: 07.01.2025 16:32:41 +07:00

                4
                CÔNG BÁO/Số 1523 + 1524/Ngày 29-12-2024

                phủ quy định chi tiết một số điều của Luật Kế toán;

                Điều 1. Phạm vi điều chỉnh
                """);
        Citation decree = distinct(d).get(0);
        assertThat(decree.number()).isEqualTo("174/2016/NĐ-CP");
        assertThat(decree.relation()).isEqualTo(Relation.BASIS);
        assertThat(decree.issuer()).isEqualTo("Chính phủ");
        assertThat(decree.date()).isEqualTo(LocalDate.of(2016, 12, 30));
        assertThat(decree.subject()).isEqualTo("quy định chi tiết một số điều của Luật Kế toán");
        assertThat(d.issuer()).isEqualTo("Bộ Tài chính");
        assertThat(d.issuerLevel()).isEqualTo(IssuerLevel.CENTRAL);
    }

    @Test
    void signed_for_mark_printed_with_a_slash_is_kept_and_words_starting_like_marks_are_not_marks() {
        ParsedDocument d = parse("""
                HUYỆN ỦY TIÊN YÊN
                *
                Số 30-BC/HU
                Tiên Yên, ngày 3 tháng 3 năm 2023
                BÁO CÁO
                tình hình TMĐT trên địa bàn

                TMĐT phát triển nhanh.

                K/T BÍ THƯ
                PHÓ BÍ THƯ

                Lý Văn Sáng
                """);
        assertThat(d.authority()).isEqualTo("K/T");
        assertThat(d.signerPosition()).isEqualTo("PHÓ BÍ THƯ");
        assertThat(d.signer()).isEqualTo("Lý Văn Sáng");
        assertThat(d.issuerLevel()).isEqualTo(IssuerLevel.DISTRICT);
        assertThat(d.province()).isEqualTo("Quảng Ninh");
    }

    @Test
    void header_table_cells_decide_issuer_number_and_date() {
        String body = """
                ĐẢNG BỘ TỈNH AN GIANG ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH * Số 35-KH/ĐUK ĐẢNG CỘNG SẢN VIỆT NAM
                An Giang, ngày 05 tháng 5 năm 2022

                KẾ HOẠCH
                tổ chức tuyên truyền

                Nội dung.
                """;
        ParsedDocument d = parser.parse(new ExtractedText(
                Path.of("plan.docx"),
                DocumentStatus.OK,
                body,
                null,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                false,
                List.of(
                        "ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY KHỐI CƠ QUAN\nVÀ DOANH NGHIỆP TỈNH\n*\nSố 35-KH/ĐUK",
                        "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Giang, ngày 05 tháng 5 năm 2022")));
        assertThat(d.issuer()).isEqualTo("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh An Giang");
        assertThat(d.parentOrgan()).isEqualTo("Đảng bộ tỉnh An Giang");
        assertThat(d.number()).isEqualTo("35-KH/ĐUK");
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 5, 5));
        assertThat(d.type()).isEqualTo(new DocumentType("KH", "Kế hoạch"));
    }

    @Test
    void header_columns_flattened_onto_one_line_are_separated() {
        ParsedDocument d = parse("""
                ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH QUẢNG NINH                   Độc lập - Tự do - Hạnh phúc

                Số: 123/KH-UBND             Quảng Ninh, ngày 1 tháng 2 năm 2023

                KẾ HOẠCH
                triển khai Chỉ thị số 28/CT-TTg ngày 26/10/2021 của Thủ tướng Chính phủ
                """);
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Quảng Ninh");
        assertThat(d.number()).isEqualTo("123/KH-UBND");
        assertThat(d.place()).isEqualTo("Quảng Ninh");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(distinct(d).get(0).relation()).isEqualTo(Relation.IMPLEMENTS);
    }
}
