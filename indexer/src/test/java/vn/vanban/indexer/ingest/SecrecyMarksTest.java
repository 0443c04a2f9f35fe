package vn.vanban.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SecrecyMarksTest {

    private static final String HEADER = """
            TỈNH ỦY QUẢNG NINH                    ĐẢNG CỘNG SẢN VIỆT NAM
            THÀNH ỦY CẨM PHẢ
                *
            Số 179-KH/TU                          Cẩm Phả, ngày 12 tháng 3 năm 2022
            %s
                                KẾ HOẠCH
            thực hiện Chỉ thị số 03-CT/TW của Ban Bí thư
            """;

    @Test
    void each_level_stamped_on_its_own_line_is_found() {
        assertThat(SecrecyMarks.find(HEADER.formatted("MẬT"))).contains("MẬT (line 5)");
        assertThat(SecrecyMarks.find(HEADER.formatted("   TỐI MẬT"))).contains("TỐI MẬT (line 5)");
        assertThat(SecrecyMarks.find(HEADER.formatted("TUYỆT  MẬT"))).isPresent();
    }

    @Test
    void a_mark_in_a_stamp_box_or_beside_the_header_is_found() {
        assertThat(SecrecyMarks.find(HEADER.formatted("┌─────┐\n│ MẬT │\n└─────┘")))
                .contains("MẬT (line 6)");
        assertThat(SecrecyMarks.find("THÀNH ỦY CẨM PHẢ        TỐI MẬT\nSố 179-KH/TU"))
                .contains("TỐI MẬT (line 1)");
        assertThat(SecrecyMarks.find("| UBND TỈNH | [TUYỆT MẬT] |")).isPresent();
        // Extraction joined the two header columns with one space.
        assertThat(SecrecyMarks.find("ĐẢNG BỘ TỈNH QUẢNG NINH TUYỆT MẬT\nHUYỆN ỦY TIÊN YÊN"))
                .contains("TUYỆT MẬT (line 1)");
        assertThat(SecrecyMarks.find("TỐI MẬT ĐẢNG BỘ TỈNH QUẢNG NINH")).contains("TỐI MẬT (line 1)");
        assertThat(SecrecyMarks.find("UBND TỈNH QUẢNG NINH MẬT")).contains("MẬT (line 1)");
        assertThat(SecrecyMarks.find(HEADER.formatted("Độ mật: Tối mật"))).contains("TỐI MẬT (line 5)");
    }

    @Test
    void decomposed_text_is_read_like_composed_text() {
        String nfd = java.text.Normalizer.normalize("TUYỆT MẬT", java.text.Normalizer.Form.NFD);
        assertThat(SecrecyMarks.find(HEADER.formatted(nfd))).isPresent();
    }

    @Test
    void secrets_mentioned_in_running_text_or_titles_are_not_marks() {
        for (String text : List.of(
                "LUẬT BẢO VỆ BÍ MẬT NHÀ NƯỚC",
                "bảo đảm an toàn, bảo mật thông tin",
                "22.12. Sở Mật thám Hà Nội",
                "mật nhà nước theo quy định",
                "Mật",
                "Danh mục bí mật nhà nước độ Tối mật của Bộ",
                "MẬT ONG",
                "QUY ĐỊNH VỀ CÔNG TÁC BẢO MẬT",
                "DANH MỤC BÍ MẬT",
                "Quy định về mật")) {
            assertThat(SecrecyMarks.find(HEADER.formatted(text))).as(text).isEmpty();
        }
    }

    @Test
    void no_gazette_text_or_seed_is_taken_for_a_classified_document() throws IOException {
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("corpus")), "skipped: no " + shared.resolve("corpus"));
        List<Path> texts;
        try (Stream<Path> files =
                Stream.concat(Files.walk(shared.resolve("corpus")), Files.walk(shared.resolve("seeds")))) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).toList();
        }
        assertThat(texts).hasSizeGreaterThan(200);
        for (Path text : texts) {
            assertThat(SecrecyMarks.find(Files.readString(text, StandardCharsets.UTF_8)))
                    .as(text.toString())
                    .isEmpty();
        }
    }
}
