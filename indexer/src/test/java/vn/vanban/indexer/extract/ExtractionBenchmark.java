package vn.vanban.indexer.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.vanban.indexer.document.DocumentStatus;

/**
 * Extraction throughput over the Gazette set: the .txt files (the baseline: decoding and cleaning
 * only) against the PDFs, once with the standard extractor (Tika/PDFBox, OCR strategy AUTO: pages
 * with too little text go to tesseract) and once with OCR off. One warm-up pass, then timed passes;
 * prints docs/s and MB/s with the ratio to the TXT row.
 *
 * <pre>
 * java -cp … vn.vanban.indexer.extract.ExtractionBenchmark [corpus-dir] [passes]
 * </pre>
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path corpus =
                Path.of(args.length > 0 ? args[0] : System.getProperty("shared.dir", "../shared") + "/corpus/congbao");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Path> texts = files(corpus, ".txt");
        List<Path> pdfs = files(corpus, ".pdf");
        Extractor extractor = Extractors.standard();
        System.out.printf(
                Locale.ROOT,
                "corpus %s: %d txt, %d pdf; %d timed pass(es) after one warm-up%n",
                corpus,
                texts.size(),
                pdfs.size(),
                passes);
        run(extractor, texts, 1);
        run(extractor, pdfs, 1);
        Row txt = run(extractor, texts, passes);
        Row pdf = run(extractor, pdfs, passes);
        Extractor textLayerOnly =
                Extractors.create(ExtractionSettings.defaults().withOcr(false));
        run(textLayerOnly, pdfs.subList(0, Math.min(5, pdfs.size())), 1);
        Row pdfNoOcr = run(textLayerOnly, pdfs, passes);
        System.out.printf(
                Locale.ROOT,
                "%-10s %6s %9s %9s %10s %9s %8s  %s%n",
                "input",
                "docs",
                "MB",
                "seconds",
                "docs/s",
                "MB/s",
                "vs TXT",
                "statuses (last pass), ocr docs");
        print("TXT", txt, txt);
        print("PDF", pdf, txt);
        print("PDF-no-OCR", pdfNoOcr, txt);
    }

    private record Row(int docs, long bytes, double seconds, Map<DocumentStatus, Integer> statuses, int ocr) {
        double docsPerSecond() {
            return docs / seconds;
        }
    }

    private static Row run(Extractor extractor, List<Path> files, int passes) throws IOException {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        Map<DocumentStatus, Integer> statuses = new EnumMap<>(DocumentStatus.class);
        int ocr = 0;
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            statuses.clear();
            ocr = 0;
            for (Path file : files) {
                ExtractedText extracted = extractor.extract(file);
                statuses.merge(extracted.status(), 1, Integer::sum);
                ocr += extracted.ocr() ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Row(files.size() * passes, bytes * passes, seconds, statuses, ocr);
    }

    private static void print(String name, Row row, Row baseline) {
        System.out.printf(
                Locale.ROOT,
                "%-10s %6d %9.1f %9.2f %10.2f %9.2f %7.3fx  %s, %d%n",
                name,
                row.docs(),
                row.bytes() / 1e6,
                row.seconds(),
                row.docsPerSecond(),
                row.bytes() / 1e6 / row.seconds(),
                row.docsPerSecond() / baseline.docsPerSecond(),
                row.statuses(),
                row.ocr());
    }

    private static List<Path> files(Path corpus, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
