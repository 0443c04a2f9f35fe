package vn.vanban.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.extract.ExtractionSettings;
import vn.vanban.indexer.extract.Extractors;

/** A Gazette PDF and the publisher's .txt of it must be read as the same document. */
class GazettePdfParseTest {

    @Test
    void every_gazette_pdf_gives_the_number_type_and_date_of_its_txt() throws IOException {
        assumeTrue(Files.isDirectory(GazetteCoverageTest.CORPUS), "skipped: ../shared/corpus/congbao not found");
        // The PDFs have text layers; OCR would only slow the check down.
        StandardDocumentReader reader = new StandardDocumentReader(
                Extractors.create(ExtractionSettings.defaults().withOcr(false)));
        List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(GazetteCoverageTest.CORPUS.toRealPath())) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<String> differing = new ArrayList<>();
        for (Path pdf : pdfs) {
            Path txt = pdf.resolveSibling(pdf.getFileName().toString().replaceAll("\\.pdf$", ".txt"));
            ParsedDocument fromPdf = reader.read(pdf);
            ParsedDocument fromTxt = reader.read(txt);
            if (fromPdf.status() != DocumentStatus.OK || !Objects.equals(identity(fromPdf), identity(fromTxt))) {
                differing.add(pdf.getFileName() + ": " + identity(fromPdf) + " vs " + identity(fromTxt));
            }
        }
        System.out.printf("%d Gazette PDFs, %d differing from their .txt%n", pdfs.size(), differing.size());
        assertThat(pdfs).hasSize(99);
        assertThat(differing).isEmpty();
    }

    private static List<Object> identity(ParsedDocument d) {
        return java.util.Arrays.asList(
                d.number(), d.type() == null ? null : d.type().code(), d.date());
    }
}
