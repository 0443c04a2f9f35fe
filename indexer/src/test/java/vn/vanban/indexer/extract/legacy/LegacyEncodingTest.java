package vn.vanban.indexer.extract.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {

    // Every Vietnamese letter, lower case, in words of a plan written for this test.
    private static final String LOWER = "a à ả ã á ạ ă ằ ẳ ẵ ắ ặ â ầ ẩ ẫ ấ ậ đ e è ẻ ẽ é ẹ ê ề ể ễ ế ệ i ì ỉ ĩ í ị"
            + " o ò ỏ õ ó ọ ô ồ ổ ỗ ố ộ ơ ờ ở ỡ ớ ợ u ù ủ ũ ú ụ ư ừ ử ữ ứ ự y ỳ ỷ ỹ ý ỵ."
            + " Ban Thường vụ Huyện ủy đề nghị các chi bộ khẩn trương tổng kết việc học tập, quán triệt"
            + " nghị quyết; mỗi đảng viên viết bản thu hoạch, gửi về trước ngày 15 tháng 8 năm 2023.";
    private static final String PARAGRAPH = LOWER + "\n" + LOWER.toUpperCase(Locale.ROOT);

    @Test
    void vni_round_trips_every_vietnamese_letter_in_both_cases() {
        String legacy = LegacyEncoding.VNI.encode(PARAGRAPH);

        assertThat(legacy).matches("[\\x00-\\xFF]*");
        assertThat(LegacyEncoding.VNI.decode(legacy)).isEqualTo(PARAGRAPH);
    }

    @Test
    void tcvn3_round_trips_every_lower_case_letter_and_the_plain_capitals() {
        String plainCapitals = "Ă Â Ê Ô Ơ Ư Đ A E I O U Y";
        String legacy = LegacyEncoding.TCVN3.encode(LOWER + "\n" + plainCapitals);

        assertThat(legacy).matches("[\\x00-\\xFF]*");
        assertThat(LegacyEncoding.TCVN3.decode(legacy)).isEqualTo(LOWER + "\n" + plainCapitals);
    }

    @Test
    void tcvn3_toned_capitals_come_back_in_lower_case_as_the_capital_fonts_typed_them() {
        // TCVN3 has no code for a toned capital: .VnTimeH drew the lower-case code as a capital.
        String back = LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode(PARAGRAPH));

        assertThat(back.toUpperCase(Locale.ROOT)).isEqualTo(PARAGRAPH.toUpperCase(Locale.ROOT));
        assertThat(LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode("BAN THƯỜNG VỤ")))
                .isEqualTo("BAN THƯờNG Vụ");
    }

    @Test
    void known_tcvn3_and_vni_mojibake_reads_as_vietnamese() {
        assertThat(LegacyEncoding.TCVN3.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam"))
                .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyEncoding.TCVN3.decode("§éc lËp - Tù do - H¹nh phóc")).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(LegacyEncoding.VNI.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assertThat(LegacyEncoding.VNI.decode("Ñoäc laäp - Töï do - Haïnh phuùc"))
                .isEqualTo("Độc lập - Tự do - Hạnh phúc");
    }

    @Test
    void detection_names_the_encoding_of_legacy_text() {
        assertThat(LegacyText.detect(LegacyEncoding.TCVN3.encode(LOWER))).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyText.detect(LegacyEncoding.VNI.encode(PARAGRAPH))).contains(LegacyEncoding.VNI);
        assertThat(LegacyText.toUnicode(LegacyEncoding.VNI.encode(PARAGRAPH))).isEqualTo(PARAGRAPH);
        // A line typed in capitals gets its capitals back, although TCVN3 stored lower-case codes.
        assertThat(LegacyText.toUnicode(LegacyEncoding.TCVN3.encode(PARAGRAPH))).isEqualTo(PARAGRAPH);
    }

    @Test
    void detection_leaves_unicode_vietnamese_and_other_latin_text_alone() {
        assertThat(LegacyText.detect(PARAGRAPH)).isEmpty();
        assertThat(LegacyText.detect("Die Größe der Küche ist schön, sagte Herr Müller über das Café an der"
                        + " Straße; ein naïver Entwurf © 2024 Müller & Söhne®."))
                .isEmpty();
        assertThat(LegacyText.toUnicode(PARAGRAPH)).isSameAs(PARAGRAPH);
    }

    @Test
    void detection_never_fires_on_the_seeds_or_the_gazette_texts() throws IOException {
        Path shared = Path.of(System.getProperty("shared.dir", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(shared), "skipped: ../shared not found");
        List<Path> texts;
        try (Stream<Path> files = Files.walk(shared.toRealPath())) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertThat(texts).hasSizeGreaterThan(100);
        for (Path text : texts) {
            String content = Files.readString(text);
            assertThat(LegacyText.detect(content)).as(text.toString()).isEmpty();
            for (String paragraph : content.split("\n\\s*\n")) {
                assertThat(LegacyText.detect(paragraph))
                        .as(text + ": " + paragraph)
                        .isEmpty();
            }
        }
    }
}
