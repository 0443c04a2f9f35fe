package vn.vanban.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.extract.Extractors;

/**
 * A hard-wrapped .txt letter whose lines break inside the place name of a cited organ ("thành phố Hạ⏎Long"),
 * read the way the ingest reads it (extractor, cleaner, parser): the citation keeps the whole organ name.
 */
class WrappedOrganNameTest {

    private final StandardDocumentReader reader = new StandardDocumentReader(Extractors.standard());

    @TempDir
    Path dir;

    private ParsedDocument read(String text) throws IOException {
        Path file = dir.resolve("letter.txt");
        Files.writeString(file, text);
        return reader.read(file);
    }

    private static Citation cited(ParsedDocument d, String number) {
        return d.citations().stream()
                .filter(c -> number.equals(c.number()) && c.repeatOf() == null)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_v_v_block_wrapped_inside_the_cited_city_name_keeps_the_whole_name() throws IOException {
        ParsedDocument d = read("""
                       ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                       PHƯỜNG HỒNG HẢI              Độc lập - Tự do - Hạnh phúc
                        Số: 57/UBND-VP              Hồng Hải, ngày 6 tháng 9 năm 2023
                V/v tổ chức thực hiện Kế hoạch số
                 214/KH-UBND của Ủy ban nhân dân thành phố Hạ
                                  Long


                Kính gửi: Các tổ dân phố.

                Thực hiện Kế hoạch số 214/KH-UBND ngày 28/8/2023 của UBND thành phố về chuyển đổi số, UBND phường đề nghị các tổ dân phố thực hiện một số nội dung sau:

                1. Tuyên truyền để người dân cài đặt và sử dụng các ứng dụng dịch vụ công trực tuyến trên điện thoại.

                2. Rà soát, cập nhật thông tin hộ gia đình vào cơ sở dữ liệu dân cư của phường theo đúng thời hạn.

                3. Tổng hợp khó khăn, vướng mắc trong quá trình thực hiện, báo cáo về Ủy ban nhân dân phường hằng tháng.

                Đề nghị các tổ dân phố quan tâm, phối hợp thực hiện./.
                """);

        assertThat(d.subject())
                .isEqualTo("tổ chức thực hiện Kế hoạch số 214/KH-UBND của Ủy ban nhân dân thành phố Hạ Long");
        assertThat(cited(d, "214/KH-UBND").issuer()).isEqualTo("Ủy ban nhân dân thành phố Hạ Long");
    }

    @Test
    void a_body_line_broken_inside_the_cited_district_name_keeps_the_whole_name() throws IOException {
        ParsedDocument d = read("""
                ỦY BAN NHÂN DÂN
                XÃ ĐÔNG NGŨ

                Số: 31/KH-UBND

                Đông Ngũ, ngày 12 tháng 5 năm 2023

                KẾ HOẠCH
                Phát triển du lịch cộng đồng năm 2023

                Thực hiện Kế hoạch số 88/KH-UBND ngày 10/4/2023
                của Ủy ban nhân dân huyện Tiên
                Yên về phát triển du lịch, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

                I. MỤC ĐÍCH, YÊU CẦU

                1. Phát huy tiềm năng, lợi thế về cảnh quan thiên nhiên và văn hóa của các thôn trên địa bàn xã.

                2. Nâng cao nhận thức của người dân về phát triển du lịch gắn với bảo vệ môi trường sinh thái.

                3. Huy động các nguồn lực xã hội đầu tư hạ tầng phục vụ khách du lịch tại các điểm du lịch cộng đồng.
                """);

        assertThat(cited(d, "88/KH-UBND").issuer()).isEqualTo("Ủy ban nhân dân huyện Tiên Yên");
    }

    @Test
    void a_place_name_that_ends_a_sentence_does_not_swallow_the_next_line() throws IOException {
        ParsedDocument d = read("""
                ỦY BAN NHÂN DÂN
                XÃ ĐÔNG NGŨ

                Số: 32/KH-UBND

                Đông Ngũ, ngày 12 tháng 5 năm 2023

                KẾ HOẠCH
                Phát triển du lịch cộng đồng năm 2023

                Thực hiện Kế hoạch số 88/KH-UBND ngày 10/4/2023 của Ủy ban nhân dân huyện Tiên Yên.
                Ủy ban nhân dân xã ban hành Kế hoạch như sau:

                I. MỤC ĐÍCH, YÊU CẦU

                1. Nội dung.
                """);

        assertThat(cited(d, "88/KH-UBND").issuer()).isEqualTo("Ủy ban nhân dân huyện Tiên Yên");
    }
}
