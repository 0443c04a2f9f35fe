package vn.vanban.indexer.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A Word document laid out like a typed one: the header as a borderless two-column table (organ and
 * number on the left, motto and date on the right), the title and subject centred, the signature
 * and the recipients side by side in a second borderless table.
 */
final class DocxWriter {

    private static final String FONT = "Times New Roman";

    private DocxWriter() {}

    static void write(Layout layout, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable header = borderless(document.createTable(1, 2));
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            boolean first = true;
            for (String line : layout.left()) {
                line(
                        first ? left.getParagraphs().getFirst() : left.addParagraph(),
                        line,
                        true,
                        false,
                        ParagraphAlignment.CENTER);
                first = false;
            }
            line(left.addParagraph(), layout.numberLine(), false, false, ParagraphAlignment.CENTER);
            if (layout.letterSubject() != null) {
                line(left.addParagraph(), layout.letterSubject(), false, false, ParagraphAlignment.CENTER);
            }
            first = true;
            for (String line : layout.motto()) {
                line(
                        first ? right.getParagraphs().getFirst() : right.addParagraph(),
                        line,
                        true,
                        false,
                        ParagraphAlignment.CENTER);
                first = false;
            }
            line(right.addParagraph(), layout.dateLine(), false, true, ParagraphAlignment.CENTER);

            if (layout.title() != null) {
                line(document.createParagraph(), layout.title(), true, false, ParagraphAlignment.CENTER);
            }
            if (layout.subject() != null) {
                line(document.createParagraph(), layout.subject(), true, false, ParagraphAlignment.CENTER);
            }
            for (Layout.Block block : layout.body()) {
                switch (block.style()) {
                    case CENTER ->
                        line(document.createParagraph(), block.text(), true, false, ParagraphAlignment.CENTER);
                    case HEADING, SUBHEADING ->
                        line(document.createParagraph(), block.text(), true, false, ParagraphAlignment.LEFT);
                    case PARAGRAPH ->
                        line(document.createParagraph(), block.text(), false, false, ParagraphAlignment.BOTH);
                }
            }
            XWPFTable footer = borderless(document.createTable(1, 2));
            XWPFTableCell recipients = footer.getRow(0).getCell(0);
            line(recipients.getParagraphs().getFirst(), "Nơi nhận:", true, true, ParagraphAlignment.LEFT);
            for (String r : layout.recipients()) {
                line(recipients.addParagraph(), r, false, false, ParagraphAlignment.LEFT);
            }
            XWPFTableCell signature = footer.getRow(0).getCell(1);
            List<String> lines = layout.signature();
            for (int i = 0; i < lines.size(); i++) {
                XWPFParagraph p = i == 0 ? signature.getParagraphs().getFirst() : signature.addParagraph();
                if (i == lines.size() - 1) {
                    p.setSpacingBefore(1200);
                }
                line(p, lines.get(i), true, false, ParagraphAlignment.CENTER);
            }
            document.write(out);
        }
    }

    private static XWPFTable borderless(XWPFTable table) {
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setWidth("100%");
        return table;
    }

    private static void line(
            XWPFParagraph paragraph, String text, boolean bold, boolean italic, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
