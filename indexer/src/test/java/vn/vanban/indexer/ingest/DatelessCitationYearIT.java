package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * A citation that names number and issuer but no date, when that organ issued that number in several
 * years (numbers restart every year): it names the latest not later than the citing document, whatever
 * the order the files arrive in. The 100 000-document corpus had 43 official letters tied to the plan
 * of the year before because that plan was read first.
 */
class DatelessCitationYearIT {

    private static final String PLAN_2021 = "83-KH/HU~huyen-uy-gia-binh~2021";
    private static final String PLAN_2022 = "83-KH/HU~huyen-uy-gia-binh~2022";
    private static final String LETTER = "1044/UBND-VX~ubnd-huyen-gia-binh~2022";

    @TempDir
    Path dir;

    @Test
    void a_dateless_citation_read_before_its_years_plan_takes_that_plan_when_it_arrives_in_a_later_run()
            throws IOException {
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), "it-dateless-later-run");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path plan2021 = Files.writeString(in.resolve("kh-83-hu-2021.txt"), district("27 tháng 7 năm 2021"));
        Path letter = Files.writeString(in.resolve("cv-1044.txt"), LETTER_TEXT);
        Path plan2022 = Files.writeString(in.resolve("kh-83-hu-2022.txt"), district("30 tháng 8 năm 2022"));
        assertThat(Ingestion.run(index, dir, "first", List.of(plan2021, letter)).allOk())
                .isTrue();
        // Only the 2021 plan is known yet: the letter of 2022 names it.
        assertThat(parents(index, LETTER)).contains(PLAN_2021);
        assertThat(Ingestion.run(index, dir, "second", List.of(plan2022)).allOk())
                .isTrue();
        assertThat(parents(index, LETTER)).contains(PLAN_2022).doesNotContain(PLAN_2021);
    }

    @Test
    void a_dateless_citation_in_one_run_with_both_years_takes_the_plan_of_its_own_year() throws IOException {
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), "it-dateless-one-run");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path letter = Files.writeString(in.resolve("a-cv-1044.txt"), LETTER_TEXT);
        Path plan2021 = Files.writeString(in.resolve("b-kh-83-hu-2021.txt"), district("27 tháng 7 năm 2021"));
        Path plan2022 = Files.writeString(in.resolve("c-kh-83-hu-2022.txt"), district("30 tháng 8 năm 2022"));
        assertThat(Ingestion.run(index, dir, "one", List.of(letter, plan2021, plan2022))
                        .allOk())
                .isTrue();
        assertThat(parents(index, LETTER)).contains(PLAN_2022).doesNotContain(PLAN_2021);
    }

    @Test
    void a_commune_report_names_the_latest_plan_of_that_number_not_later_than_itself() throws IOException {
        // Hand-written: the Đảng ủy xã Tân Lập issued a 15-KH/ĐU in 2021, 2023 and 2024; a 2023 report
        // citing "Kế hoạch số 15-KH/ĐU của Đảng ủy xã" cannot name the 2024 plan, nor an older one.
        DocumentIndex index = TestIndices.fresh(TestElasticsearch.client(), "it-dateless-commune");
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = List.of(
                Files.writeString(in.resolve("kh-2021.txt"), commune("02 tháng 3 năm 2021")),
                Files.writeString(in.resolve("kh-2024.txt"), commune("05 tháng 3 năm 2024")),
                Files.writeString(in.resolve("bc-2023.txt"), COMMUNE_REPORT),
                Files.writeString(in.resolve("kh-2023.txt"), commune("06 tháng 3 năm 2023")));
        assertThat(Ingestion.run(index, dir, "commune", files).allOk()).isTrue();
        assertThat(parents(index, "12/BC-UBND~ubnd-xa-tan-lap~2023"))
                .containsExactly("15-KH/DU~dang-uy-xa-tan-lap~2023");
    }

    @SuppressWarnings("unchecked")
    private static List<String> parents(DocumentIndex index, String key) {
        Map<String, Object> doc = index.get(key).orElseThrow(() -> new AssertionError(key + " not indexed"));
        return (List<String>) doc.getOrDefault("parents", List.of());
    }

    private static String district(String date) {
        return """
                ĐẢNG BỘ TỈNH BẮC NINH
                HUYỆN ỦY GIA BÌNH
                *
                Số 83-KH/HU

                ĐẢNG CỘNG SẢN VIỆT NAM

                Gia Bình, ngày %s

                KẾ HOẠCH
                Thực hiện Chương trình hành động của Tỉnh ủy về xây dựng tổ chức cơ sở đảng

                Thực hiện Chương trình hành động số 128-CTr/TU ngày 19/7/2022 của Ban Thường vụ Tỉnh ủy Bắc Ninh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:

                I. MỤC ĐÍCH, YÊU CẦU

                1. Nâng cao chất lượng sinh hoạt chi bộ.

                T/M BAN THƯỜNG VỤ
                BÍ THƯ

                Nguyễn Văn An
                """.formatted(date);
    }

    /** The generator's official letter: the plan it implements is named in its "V/v" line only. */
    private static final String LETTER_TEXT = """
            ỦY BAN NHÂN DÂN
            HUYỆN GIA BÌNH
            Số: 1044/UBND-VX
            V/v triển khai thực hiện Kế hoạch số
            83-KH/HU của Huyện uỷ Gia Bình

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Gia Bình, ngày 09 tháng 9 năm 2022


            Kính gửi:

            - Các phòng, ban, ngành huyện;

            - Ủy ban nhân dân các xã, thị trấn.

            Thực hiện Chương trình hành động số 128-CTr/TU ngày 19/7/2022 của BTV Tỉnh uỷ về việc hành động thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII, Chủ tịch UBND huyện đề nghị các cơ quan, đơn vị, địa phương triển khai thực hiện một số nội dung sau:

            1. Nâng cao chất lượng sinh hoạt chi bộ, thực hiện nghiêm nguyên tắc tập trung dân chủ.

            Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.

            Nơi nhận:
            - Tỉnh ủy Bắc Ninh (b/c);
            - Ban Thường vụ Huyện ủy (b/c);
            - Lưu: VT, VX.

            TM. ỦY BAN NHÂN DÂN
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            """;

    private static String commune(String date) {
        return """
                ĐẢNG BỘ HUYỆN LẠC DƯƠNG
                ĐẢNG ỦY XÃ TÂN LẬP
                *
                Số 15-KH/ĐU

                ĐẢNG CỘNG SẢN VIỆT NAM

                Tân Lập, ngày %s

                KẾ HOẠCH
                Tuyên truyền kỷ niệm ngày thành lập Đảng

                Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch tuyên truyền như sau:

                I. MỤC ĐÍCH, YÊU CẦU

                1. Tuyên truyền sâu rộng.

                T/M ĐẢNG ỦY
                BÍ THƯ

                Trần Văn Bình
                """.formatted(date);
    }

    private static final String COMMUNE_REPORT = """
            UBND HUYỆN LẠC DƯƠNG
            ỦY BAN NHÂN DÂN
            XÃ TÂN LẬP
            Số: 12/BC-UBND

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Tân Lập, ngày 20 tháng 11 năm 2023

            BÁO CÁO
            Kết quả tuyên truyền năm 2023

            Thực hiện Kế hoạch số 15-KH/ĐU của Đảng ủy xã Tân Lập về tuyên truyền, Ủy ban nhân dân xã báo cáo kết quả như sau:

            I. KẾT QUẢ

            1. Đã tổ chức tuyên truyền.

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH

            Lê Văn Cường

            Nơi nhận:
            - Đảng ủy xã (b/c);
            - Lưu: VT.
            """;
}
