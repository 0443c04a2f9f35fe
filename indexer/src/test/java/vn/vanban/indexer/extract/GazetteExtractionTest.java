package vn.vanban.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.document.DocumentStatus;

/** Every real Gazette document extracts, and its PDF and .txt agree on the number line. */
class GazetteExtractionTest {

    // Decree 30/2020/NĐ-CP, Appendix I: the number line "Số: 158/2025/NĐ-CP".
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*\\d+[^\\s]*$");

    private static Path corpus() {
        Path corpus = Path.of(System.getProperty("shared.dir", "../../shared"), "corpus", "congbao");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "skipped: ../shared not found");
        return corpus;
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus())) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Optional<String> numberLine(String text) {
        return Arrays.stream(text.split("\n\n"))
                .filter(p -> NUMBER_LINE.matcher(p).matches())
                .findFirst();
    }

    @Test
    void every_gazette_text_and_pdf_extracts_and_each_pdf_shares_the_number_line_of_its_text() throws IOException {
        // Every Gazette PDF has a text layer; OCR of the pages AUTO would send to tesseract (seals,
        // signature images) costs minutes and is covered by the scanned fixture.
        Extractor extractor = Extractors.create(ExtractionSettings.defaults().withOcr(false));
        List<Path> texts = files(".txt");
        List<Path> pdfs = files(".pdf");
        assertThat(texts).hasSizeGreaterThan(150);
        assertThat(pdfs).hasSizeGreaterThan(90);
        SoftAssertions softly = new SoftAssertions();
        for (Path text : texts) {
            ExtractedText extracted = extractor.extract(text);
            softly.assertThat(extracted.status())
                    .as(text + ": " + extracted.error())
                    .isEqualTo(DocumentStatus.OK);
            softly.assertThat(extracted.text()).as(text.toString()).doesNotContain("CÔNG BÁO/Số");
        }
        List<Path> compared = new ArrayList<>();
        for (Path pdf : pdfs) {
            ExtractedText fromPdf = extractor.extract(pdf);
            softly.assertThat(fromPdf.status()).as(pdf + ": " + fromPdf.error()).isEqualTo(DocumentStatus.OK);
            softly.assertThat(fromPdf.text()).as(pdf.toString()).doesNotContain("CÔNG BÁO/Số");
            Path text = pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\.pdf$", ".txt"));
            Optional<String> expected =
                    Files.exists(text) ? numberLine(extractor.extract(text).text()) : Optional.empty();
            if (expected.isPresent()) {
                compared.add(pdf);
                softly.assertThat(fromPdf.text().split("\n\n"))
                        .as(pdf.toString())
                        .contains(expected.get());
            }
        }
        softly.assertAll();
        // Consolidated texts and some forms have no number line; most documents do.
        assertThat(compared).hasSizeGreaterThan(pdfs.size() / 2);
    }
}
