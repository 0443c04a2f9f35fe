package vn.vanban.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.document.DocumentStatus;

class TikaExtractorTest {

    private static final Extractor EXTRACTOR = Extractors.standard();

    /** The Unicode plan as the cleaner reads it: what every legacy or decomposed copy must come back as. */
    private static final String PLAN_TEXT = TextCleaner.clean(FixturePlan.plainText(80), TextCleaner.Layout.WRAPPED);

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(TikaExtractorTest.class.getResource("/fixtures/labelled/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExtractedText ok(String name) {
        ExtractedText extracted = EXTRACTOR.extract(fixture(name));
        assertThat(extracted.status()).as(String.valueOf(extracted.error())).isEqualTo(DocumentStatus.OK);
        assertThat(extracted.error()).isNull();
        return extracted;
    }

    @Test
    void docx_header_table_gives_its_cells_and_leads_the_text_left_then_right() {
        ExtractedText docx = ok("fmt-plan-two-column-header.docx");

        assertThat(docx.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.headerCells())
                .containsExactly(String.join("\n", FixturePlan.LEFT), String.join("\n", FixturePlan.RIGHT));
        assertThat(docx.text())
                .startsWith("ĐẢNG BỘ TỈNH QUẢNG NINH\n\nHUYỆN ỦY TIÊN YÊN\n\n*\n\nSố 142-KH/HU\n\n"
                        + "ĐẢNG CỘNG SẢN VIỆT NAM\n\nTiên Yên, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\n\n")
                .contains("\n\n" + FixturePlan.SUBJECT + "\n\n")
                .contains("\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n")
                .endsWith("- Lưu Văn phòng Huyện ủy.");
        assertThat(docx.ocr()).isFalse();
    }

    @Test
    void every_paragraph_of_the_docx_is_one_block() {
        ExtractedText docx = ok("fmt-plan-two-column-header.docx");

        for (String body : FixturePlan.BODY) {
            assertThat(docx.text().split("\n\n")).contains(body.replaceFirst("^#", ""));
        }
    }

    @Test
    void pdf_printed_from_the_docx_reads_the_same_as_the_docx() {
        ExtractedText pdf = ok("fmt-plan-two-column-header.pdf");

        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.text()).isEqualTo(ok("fmt-plan-two-column-header.docx").text());
        assertThat(pdf.ocr()).isFalse();
    }

    @Test
    void odt_header_table_gives_the_same_cells_as_the_docx() {
        ExtractedText odt = ok("fmt-plan-two-column-header.odt");

        assertThat(odt.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(odt.headerCells())
                .isEqualTo(ok("fmt-plan-two-column-header.docx").headerCells());
        assertThat(odt.text()).isEqualTo(ok("fmt-plan-two-column-header.docx").text());
    }

    @Test
    void word_97_doc_reads_like_the_docx_header_cells_included() {
        ExtractedText doc = ok("fmt-plan-two-column-header.doc");
        ExtractedText docx = ok("fmt-plan-two-column-header.docx");

        assertThat(doc.mediaType()).isEqualTo("application/msword");
        assertThat(doc.headerCells()).isEqualTo(docx.headerCells());
        assertThat(doc.text()).isEqualTo(docx.text());
    }

    @Test
    void rtf_reads_like_the_docx_in_the_same_order() {
        // Tika's RTF parser gives no table structure, but RTF stores the left cell first.
        ExtractedText rtf = ok("fmt-plan-two-column-header.rtf");

        assertThat(rtf.mediaType()).isEqualTo("application/rtf");
        assertThat(rtf.text()).isEqualTo(ok("fmt-plan-two-column-header.docx").text());
    }

    @Test
    void html_paragraphs_and_headings_become_blocks() {
        ExtractedText html = ok("fmt-plan.html");

        assertThat(html.mediaType()).isEqualTo("text/html");
        assertThat(html.text().split("\n\n"))
                .startsWith("ĐẢNG BỘ TỈNH QUẢNG NINH", "HUYỆN ỦY TIÊN YÊN", "*", "Số 142-KH/HU")
                .contains(FixturePlan.SUBJECT, "III. TỔ CHỨC THỰC HIỆN", "Ban Thường vụ Tỉnh ủy (b/c),")
                .doesNotContain("Kế hoạch 142-KH/HU"); // the <title> is metadata, not text
    }

    @Test
    void tcvn3_text_converts_to_the_unicode_original() {
        ExtractedText tcvn3 = ok("fmt-plan-tcvn3.txt");

        assertThat(tcvn3.text()).isEqualTo(PLAN_TEXT);
    }

    @Test
    void vni_text_converts_to_the_unicode_original() {
        assertThat(ok("fmt-plan-vni.txt").text()).isEqualTo(PLAN_TEXT);
    }

    @Test
    void decomposed_text_with_old_tone_placement_comes_out_as_the_original() {
        String nfd = ok("fmt-plan-nfd.txt").text();

        assertThat(nfd).isEqualTo(PLAN_TEXT).contains("Nguyễn Văn Hòa");
    }

    @Test
    void wrapped_text_is_rejoined_into_the_paragraphs_of_the_plan() {
        assertThat(PLAN_TEXT.split("\n\n"))
                .contains(FixturePlan.SUBJECT)
                .contains(FixturePlan.BODY.stream()
                        .map(p -> p.replaceFirst("^#", ""))
                        .toArray(String[]::new));
    }

    @Test
    void markdown_file_loses_its_marks(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("ke-hoach.md");
        Files.writeString(md, "# **KẾ HOẠCH**\n\n## I. MỤC ĐÍCH\n\n- Tuyên truyền *sâu rộng* đến cán bộ.\n");

        ExtractedText extracted = EXTRACTOR.extract(md);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.OK);
        assertThat(extracted.text()).isEqualTo("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n- Tuyên truyền sâu rộng đến cán bộ.");
    }

    @Test
    void one_extractor_serves_many_threads_at_once() throws Exception {
        java.util.List<String> names = java.util.List.of(
                "fmt-plan-two-column-header.docx",
                "fmt-plan-two-column-header.pdf",
                "fmt-plan-two-column-header.odt",
                "fmt-plan-tcvn3.txt",
                "fmt-plan-vni.txt",
                "fmt-plan.html");
        java.util.Map<String, String> alone = new java.util.HashMap<>();
        for (String name : names) {
            alone.put(name, ok(name).text());
        }
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            java.util.List<java.util.concurrent.Future<ExtractedText>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String name : names) {
                    results.add(pool.submit(() -> EXTRACTOR.extract(fixture(name))));
                }
            }
            for (java.util.concurrent.Future<ExtractedText> result : results) {
                ExtractedText extracted = result.get();
                assertThat(extracted.text())
                        .isEqualTo(alone.get(extracted.file().getFileName().toString()));
            }
        }
    }

    @Test
    void scanned_pdf_is_read_by_ocr_and_flagged() {
        Assumptions.assumeTrue(
                ((TikaExtractor) EXTRACTOR).tesseract().available(),
                "skipped: tesseract with Vietnamese data not installed (apt-get install tesseract-ocr tesseract-ocr-vie)");

        ExtractedText scan = ok("fmt-plan-scanned.pdf");

        assertThat(scan.ocr()).isTrue();
        assertThat(scan.text())
                .contains("Số 142-KH/HU", "KẾ HOẠCH", "Nghị quyết số 52-NQ/TW", "T/M BAN THƯỜNG VỤ", "Nơi nhận:");
    }

    @Test
    void scanned_pdf_without_tesseract_is_reported_not_indexed_empty(@TempDir Path dir) {
        Path missing = dir.resolve("no-tesseract-here");
        Extractor noOcr = Extractors.create(ExtractionSettings.defaults().withTesseractPath(missing));
        Path scan = fixture("fmt-plan-scanned.pdf");

        ExtractedText extracted = noOcr.extract(scan);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.SCANNED_NO_OCR);
        assertThat(extracted.error()).contains(scan.toString(), "scanned; OCR not available", missing.toString());
        assertThat(extracted.text()).isEmpty();
        // A text PDF is still read by the same extractor.
        assertThat(noOcr.extract(fixture("fmt-plan-two-column-header.pdf")).status())
                .isEqualTo(DocumentStatus.OK);
    }

    @Test
    void password_protected_pdf_is_reported_encrypted(@TempDir Path dir) throws IOException {
        Path encrypted = dir.resolve("ke-hoach-mat-khau.pdf");
        try (PDDocument doc =
                Loader.loadPDF(fixture("fmt-plan-two-column-header.pdf").toFile())) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("chu-so-huu", "nguoi-doc", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(encrypted.toFile());
        }

        ExtractedText extracted = EXTRACTOR.extract(encrypted);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.ENCRYPTED);
        assertThat(extracted.error()).contains(encrypted.toString());
        assertThat(extracted.text()).isEmpty();
    }

    @Test
    void corrupt_pdf_fails_with_a_message_naming_the_file(@TempDir Path dir) throws IOException {
        Path corrupt = dir.resolve("hong.pdf");
        byte[] pdf = Files.readAllBytes(fixture("fmt-plan-two-column-header.pdf"));
        Files.write(corrupt, java.util.Arrays.copyOf(pdf, 600)); // header and a cut-off object

        ExtractedText extracted = EXTRACTOR.extract(corrupt);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(extracted.error()).startsWith(corrupt.toString());
    }

    @Test
    void missing_file_fails_with_a_message_naming_it(@TempDir Path dir) {
        Path missing = dir.resolve("khong-co.docx");

        ExtractedText extracted = EXTRACTOR.extract(missing);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(extracted.error()).startsWith(missing.toString());
    }

    @Test
    void file_over_the_size_limit_is_refused_with_its_size() {
        Extractor small = Extractors.create(ExtractionSettings.defaults().withMaxBytes(10_000));
        Path pdf = fixture("fmt-plan-two-column-header.pdf");

        ExtractedText extracted = small.extract(pdf);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(extracted.error()).contains(pdf.toString(), "MB", "limit");
    }

    @Test
    void parse_over_the_time_limit_is_cancelled(@TempDir Path dir) throws IOException {
        // Large enough that no machine parses it within the limit (a small fixture sometimes did).
        Path big = dir.resolve("dai.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                java.io.OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 20_000; i++) {
                doc.createParagraph().createRun().setText("Điều " + i + ". Tổ chức thực hiện kế hoạch số " + i);
            }
            doc.write(out);
        }
        Extractor hasty = Extractors.create(ExtractionSettings.defaults().withTimeout(Duration.ofMillis(1)));

        ExtractedText extracted = hasty.extract(big);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(extracted.error()).contains(big.toString(), "cancelled after 0.0 s");
    }

    @Test
    void decompression_bomb_is_refused(@TempDir Path dir) throws IOException {
        // 4 million characters that zip to a few kilobytes: Tika's SecureContentHandler stops the
        // parse when the output outgrows the input a hundredfold.
        Path bomb = dir.resolve("bom.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                java.io.OutputStream out = Files.newOutputStream(bomb)) {
            doc.createParagraph().createRun().setText("a".repeat(4_000_000));
            doc.write(out);
        }
        assertThat(Files.size(bomb)).isLessThan(100_000);

        ExtractedText extracted = EXTRACTOR.extract(bomb);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(extracted.error()).startsWith(bomb.toString()).containsIgnoringCase("zip bomb");
    }

    @Test
    void text_over_the_write_limit_fails_instead_of_filling_the_heap() {
        Extractor tight = Extractors.create(ExtractionSettings.defaults().withMaxChars(200));
        Path docx = fixture("fmt-plan-two-column-header.docx");

        ExtractedText extracted = tight.extract(docx);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(extracted.error()).contains(docx.toString(), "too much text");
    }
}
