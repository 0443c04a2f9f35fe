package vn.vanban.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.ParsedDocument;

/** A cited issuer is the whole organ name, ended by the citation's grammar, not by its first lower-case word. */
class CitedIssuerTest {

    private final DocumentParser parser = new DocumentParser();

    private String issuerCitedAs(String clause) {
        ParsedDocument d = parser.parse("plan.txt", """
                ỦY BAN NHÂN DÂN
                HUYỆN TIÊN YÊN

                Số: 88/KH-UBND

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc

                Tiên Yên, ngày 10 tháng 6 năm 2022

                KẾ HOẠCH
                Phát triển du lịch năm 2022

                Thực hiện Kế hoạch số 236/KH-UBND ngày 03/12/2021 %s, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:

                I. MỤC ĐÍCH, YÊU CẦU

                1. Nội dung.
                """.formatted(clause));
        Citation c = d.citations().stream()
                .filter(x -> "236/KH-UBND".equals(x.number()))
                .findFirst()
                .orElseThrow();
        return String.valueOf(c.issuer());
    }

    @Test
    void lower_case_syllables_of_an_organ_name_stay_in_it() {
        assertThat(issuerCitedAs("của Bộ Ngoại giao về công tác lãnh sự")).isEqualTo("Bộ Ngoại giao");
        assertThat(issuerCitedAs("của Bộ Giao thông vận tải về an toàn giao thông"))
                .isEqualTo("Bộ Giao thông vận tải");
        assertThat(issuerCitedAs("của Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh về việc làm"))
                .isEqualTo("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh");
        assertThat(issuerCitedAs("của Ủy ban nhân dân tỉnh Quảng Ninh về du lịch"))
                .isEqualTo("Ủy ban nhân dân tỉnh Quảng Ninh");
    }

    @Test
    void a_verb_or_the_subject_ends_the_issuer() {
        assertThat(issuerCitedAs("của UBND tỉnh Quảng Ninh quy định về du lịch"))
                .isEqualTo("Ủy ban nhân dân tỉnh Quảng Ninh");
        assertThat(issuerCitedAs("của Ủy ban nhân dân tỉnh Quảng Ninh ban hành kèm theo Quyết định"))
                .isEqualTo("Ủy ban nhân dân tỉnh Quảng Ninh");
    }
}
