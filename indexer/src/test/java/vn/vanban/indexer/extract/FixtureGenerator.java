package vn.vanban.indexer.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.vanban.indexer.extract.legacy.LegacyEncoding;

/**
 * Writes the {@code fmt-} fixtures from {@link FixturePlan}. Not a test: run it when the plan changes,
 * then commit the files. The PDF and the scan come from LibreOffice and poppler:
 *
 * <pre>
 * java … FixtureGenerator indexer/src/test/resources/fixtures/labelled          # docx, txt, html
 * soffice --headless --convert-to pdf fmt-plan-two-column-header.docx           # fmt-plan-two-column-header.pdf
 * soffice --headless --convert-to odt fmt-plan-two-column-header.docx           # and likewise doc, rtf
 * pdftoppm -r 200 -f 1 -l 1 -mono -png fmt-plan-two-column-header.pdf /tmp/scan
 * java … FixtureGenerator --scan /tmp/scan-1.png fmt-plan-scanned.pdf           # image only, no text layer
 * </pre>
 */
public final class FixtureGenerator {

    private FixtureGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--scan")) {
            wrapImage(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        writeDocx(dir.resolve("fmt-plan-two-column-header.docx"));
        String text = FixturePlan.plainText(80);
        // Legacy fixtures as the old fonts stored them: one byte per character.
        Files.writeString(
                dir.resolve("fmt-plan-tcvn3.txt"), LegacyEncoding.TCVN3.encode(text), StandardCharsets.ISO_8859_1);
        Files.writeString(
                dir.resolve("fmt-plan-vni.txt"), LegacyEncoding.VNI.encode(text), StandardCharsets.ISO_8859_1);
        // Decomposed diacritics and the old tone placement ("Hoà"), as some Word and Mac exports give.
        Files.writeString(
                dir.resolve("fmt-plan-nfd.txt"),
                Normalizer.normalize(text.replace("Hòa", "Hoà"), Normalizer.Form.NFD),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fmt-plan.html"), html(), StandardCharsets.UTF_8);
    }

    private static void writeDocx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = doc.createTable(1, 2);
            borderless(header);
            fill(header.getRow(0).getCell(0), FixturePlan.LEFT, 4200);
            fill(header.getRow(0).getCell(1), FixturePlan.RIGHT, 5400);
            paragraph(doc, FixturePlan.TYPE, true, ParagraphAlignment.CENTER);
            paragraph(doc, FixturePlan.SUBJECT, true, ParagraphAlignment.CENTER);
            for (String body : FixturePlan.BODY) {
                boolean heading = body.startsWith("#");
                paragraph(doc, heading ? body.substring(1) : body, heading, ParagraphAlignment.BOTH);
            }
            for (String line : FixturePlan.SIGNATURE) {
                paragraph(doc, line, true, ParagraphAlignment.RIGHT);
            }
            for (String line : FixturePlan.RECIPIENTS) {
                paragraph(doc, line, false, ParagraphAlignment.LEFT);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    private static void borderless(XWPFTable table) {
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    }

    private static void fill(XWPFTableCell cell, List<String> lines, int twips) {
        cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(twips));
        XWPFParagraph first = cell.getParagraphs().getFirst();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = p.createRun();
            run.setText(lines.get(i));
            run.setFontFamily("Times New Roman");
            run.setFontSize(13);
            // The issuer and the motto are bold; the number and the place-date line are not.
            run.setBold(!lines.get(i).startsWith("Số") && !lines.get(i).contains("ngày"));
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontFamily("Times New Roman");
        run.setFontSize(14);
    }

    private static String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Kế hoạch 142-KH/HU</title></head>\n<body>\n");
        for (String line : FixturePlan.LEFT) {
            html.append("<p class=\"issuer\">").append(line).append("</p>\n");
        }
        for (String line : FixturePlan.RIGHT) {
            html.append("<p class=\"motto\">").append(line).append("</p>\n");
        }
        html.append("<h1>").append(FixturePlan.TYPE).append("</h1>\n<h2>").append(FixturePlan.SUBJECT);
        html.append("</h2>\n");
        for (String body : FixturePlan.BODY) {
            html.append(body.startsWith("#") ? "<h3>" + body.substring(1) + "</h3>" : "<p>" + body + "</p>");
            html.append('\n');
        }
        for (String line : FixturePlan.SIGNATURE) {
            html.append("<p class=\"signature\">").append(line).append("</p>\n");
        }
        html.append("<p>").append(FixturePlan.RECIPIENTS.getFirst()).append("</p>\n<ul>\n");
        for (String line : FixturePlan.RECIPIENTS.subList(1, FixturePlan.RECIPIENTS.size())) {
            html.append("<li>").append(line.substring(2)).append("</li>\n");
        }
        return html.append("</ul>\n</body></html>\n").toString();
    }

    /** A PDF page holding only {@code png}, as a scanner makes it: no text layer. */
    private static void wrapImage(Path png, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = PDImageXObject.createFromFile(png.toString(), doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(pdf.toFile());
        }
    }
}
