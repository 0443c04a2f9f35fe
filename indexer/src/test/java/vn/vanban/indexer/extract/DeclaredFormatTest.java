package vn.vanban.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.indexer.document.DocumentStatus;

/**
 * A file whose extension promises a document (.doc, .docx, .pdf, .odt, .rtf) and whose bytes are no
 * document is refused saying what they are, not "no text found"; real documents, and documents of
 * another format we read saved under such a name, are read.
 */
class DeclaredFormatTest {

    private static final Extractor EXTRACTOR = Extractors.standard();

    private static final String TEXT = String.join("\n", FixturePlan.LEFT) + "\n" + FixturePlan.TYPE + "\n"
            + FixturePlan.SUBJECT + "\n" + String.join("\n", FixturePlan.BODY);

    @TempDir
    Path dir;

    private record Case(String name, byte[] bytes, String declared, String content) {}

    @Test
    void text_and_random_bytes_under_a_document_extension_are_refused_saying_what_they_are() throws IOException {
        byte[] noise = new byte[20_000];
        new Random(5).nextBytes(noise);
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        String plain = "nội dung là văn bản thuần / the content is plain text";
        String binary = "dữ liệu nhị phân không nhận ra / unrecognised binary data";
        List<Case> cases = List.of(
                new Case("van-ban.doc", text, "không phải tài liệu Word / not a Word document (.doc)", plain),
                new Case("ngau-nhien.doc", noise, "không phải tài liệu Word / not a Word document (.doc)", binary),
                new Case("van-ban.docx", text, "not a Word document (.docx)", plain),
                new Case("ngau-nhien.pdf", noise, "không phải tệp PDF / not a PDF file (.pdf)", binary),
                new Case("van-ban.pdf", text, "not a PDF file (.pdf)", plain),
                new Case("van-ban.odt", text, "not an OpenDocument text (.odt)", plain),
                new Case("ngau-nhien.odt", noise, "not an OpenDocument text (.odt)", binary),
                new Case("van-ban.RTF", text, "not an RTF document (.rtf)", plain),
                new Case(
                        "tep-nen.pdf",
                        zip(text),
                        "not a PDF file (.pdf)",
                        "nội dung là application/zip / the content is application/zip"),
                new Case(
                        "bang-tinh.docx",
                        spreadsheet(),
                        "not a Word document (.docx)",
                        "nội dung là application/vnd.openxmlformats-officedocument.spreadsheetml.sheet / the content is"
                                + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        for (Case c : cases) {
            ExtractedText extracted = EXTRACTOR.extract(Files.write(dir.resolve(c.name()), c.bytes()));

            assertThat(extracted.status()).as(c.name()).isEqualTo(DocumentStatus.FAILED);
            assertThat(extracted.error())
                    .as(c.name())
                    .startsWith(dir.resolve(c.name()) + ": ")
                    .contains(c.declared() + ": " + c.content())
                    .doesNotContain("no text found");
        }
    }

    @Test
    void real_documents_of_every_declared_format_are_read() {
        for (String name : List.of(
                "fmt-plan-two-column-header.doc",
                "fmt-plan-two-column-header.docx",
                "fmt-plan-two-column-header.pdf",
                "fmt-plan-two-column-header.odt",
                "fmt-plan-two-column-header.rtf")) {
            ExtractedText extracted = EXTRACTOR.extract(TikaExtractorTest.fixture(name));

            assertThat(extracted.status()).as(name + ": " + extracted.error()).isEqualTo(DocumentStatus.OK);
            assertThat(extracted.text()).as(name).contains("HUYỆN ỦY TIÊN YÊN");
        }
    }

    @Test
    void a_document_of_another_format_we_read_saved_as_doc_is_read_by_its_content() throws IOException {
        Path rtfAsDoc = Files.copy(TikaExtractorTest.fixture("fmt-plan-two-column-header.rtf"), dir.resolve("rtf.doc"));
        Path docxAsDoc =
                Files.copy(TikaExtractorTest.fixture("fmt-plan-two-column-header.docx"), dir.resolve("docx.doc"));
        Path htmlAsDoc = Files.copy(TikaExtractorTest.fixture("fmt-plan.html"), dir.resolve("web.doc"));

        for (Path file : List.of(rtfAsDoc, docxAsDoc, htmlAsDoc)) {
            ExtractedText extracted = EXTRACTOR.extract(file);

            assertThat(extracted.status()).as(file + ": " + extracted.error()).isEqualTo(DocumentStatus.OK);
        }
    }

    @Test
    void a_damaged_word_document_is_still_called_damaged_not_something_else() throws IOException {
        byte[] doc = Files.readAllBytes(TikaExtractorTest.fixture("fmt-plan-two-column-header.doc"));
        Path cut = Files.write(dir.resolve("cut.doc"), java.util.Arrays.copyOf(doc, doc.length / 3));

        ExtractedText extracted = EXTRACTOR.extract(cut);

        assertThat(extracted.status()).isEqualTo(DocumentStatus.FAILED);
        assertThat(extracted.error()).doesNotContain("not a Word document");
    }

    /** An XLSX: an OOXML file like a DOCX, but no document. */
    private static byte[] spreadsheet() throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            book.createSheet("Bảng").createRow(0).createCell(0).setCellValue("Số 142-KH/HU");
            book.write(out);
            return out.toByteArray();
        }
    }

    private byte[] zip(byte[] entry) throws IOException {
        Path zip = dir.resolve("entries.zip");
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("van-ban.txt"));
            out.write(entry);
            out.closeEntry();
        }
        return Files.readAllBytes(zip);
    }
}
