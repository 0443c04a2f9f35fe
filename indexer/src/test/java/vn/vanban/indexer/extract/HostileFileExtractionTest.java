package vn.vanban.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.document.DocumentStatus;

/** Files written to hurt: each comes back with a status and a message a reader understands. */
class HostileFileExtractionTest {

    private static final Extractor EXTRACTOR = Extractors.standard();

    private static final String PLAN = String.join("\n", FixturePlan.LEFT) + "\n" + String.join("\n", FixturePlan.RIGHT)
            + "\n" + FixturePlan.TYPE + "\n" + FixturePlan.SUBJECT + "\n" + String.join("\n", FixturePlan.BODY);

    @TempDir
    Path dir;

    @Test
    void an_empty_file_is_called_empty() throws IOException {
        for (String name : List.of("rong.txt", "rong.pdf", "rong.docx")) {
            ExtractedText empty = EXTRACTOR.extract(Files.write(dir.resolve(name), new byte[0]));
            assertThat(empty.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(empty.error()).endsWith(name + ": empty file (0 bytes)");
        }
    }

    @Test
    void random_bytes_named_txt_are_refused_as_not_text() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        ExtractedText random = EXTRACTOR.extract(Files.write(dir.resolve("ngau-nhien.txt"), noise));

        assertThat(random.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(random.error()).contains("not text:");
    }

    @Test
    void windows_1258_text_is_read_as_vietnamese_not_as_western_mojibake() throws IOException {
        byte[] bytes = Windows1258Text.encode(PLAN);
        assertThat(new String(bytes, Charset.forName("windows-1258"))).isNotEqualTo(PLAN); // tones are combining bytes
        ExtractedText text = EXTRACTOR.extract(Files.write(dir.resolve("cp1258.txt"), bytes));

        assertThat(text.status()).as(String.valueOf(text.error())).isEqualTo(DocumentStatus.OK);
        assertThat(text.text()).contains("Số 142-KH/HU", "HUYỆN ỦY TIÊN YÊN", "Tiên Yên, ngày 12 tháng 3 năm 2024");
    }

    @Test
    void legacy_and_western_8_bit_text_are_not_taken_for_windows_1258() throws IOException {
        byte[] french = "Le comité a décidé, à l'unanimité, que la réunion aura lieu à Hà Nội."
                .getBytes(Charset.forName("windows-1252"));
        assertThat(Windows1258.looksLike(french)).isFalse();
        byte[] tcvn3 = vn.vanban.indexer.extract.legacy.LegacyEncoding.TCVN3
                .encode(PLAN)
                .getBytes(Charset.forName("windows-1252"));
        assertThat(TikaExtractor.decode(tcvn3)).isNotEqualTo(Windows1258.decode(tcvn3));
    }

    @Test
    void a_damaged_docx_says_so_without_tika_s_internals() throws IOException {
        byte[] docx = Files.readAllBytes(TikaExtractorTest.fixture("fmt-plan-two-column-header.docx"));
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        ExtractedText damaged = EXTRACTOR.extract(Files.write(dir.resolve("cut.docx"), truncated));

        assertThat(damaged.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(damaged.error()).doesNotContain("TIKA-198").doesNotContainPattern("@[0-9a-f]{6,}");
    }

    @Test
    void a_closed_extractor_reads_nothing_more_and_says_why() throws IOException {
        Path plan = Files.writeString(dir.resolve("plan.txt"), PLAN);
        Extractor own = Extractors.create(ExtractionSettings.defaults().withOcr(false));
        assertThat(own.extract(plan).status()).isEqualTo(DocumentStatus.OK);

        own.close();

        ExtractedText after = own.extract(Files.write(dir.resolve("cut.pdf"), "%PDF-1.4".getBytes()));
        assertThat(after.error()).endsWith("not read: the extractor is closed");
    }

    @Test
    void no_gazette_text_or_seed_is_taken_for_binary_data() throws IOException {
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("corpus")), "skipped: no " + shared.resolve("corpus"));
        List<Path> texts;
        try (Stream<Path> files =
                Stream.concat(Files.walk(shared.resolve("corpus")), Files.walk(shared.resolve("seeds")))) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).toList();
        }
        for (Path text : texts) {
            assertThat(TikaExtractor.notText(TikaExtractor.decode(Files.readAllBytes(text))))
                    .as(text.toString())
                    .isNull();
        }
        assertThat(texts).hasSizeGreaterThan(200);
    }
}
