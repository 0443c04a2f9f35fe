package vn.vanban.indexer.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Makes an image-only PDF of a text file, as a scanner would: no text layer, OCR needed. */
final class ScannedCopy {

    private static final int WIDTH = 1654; // A4 at 200 dpi
    private static final int HEIGHT = 2339;
    private static final int MARGIN = 140;

    private ScannedCopy() {}

    static Path of(Path textFile, Path pdf) throws IOException {
        List<String> lines = Files.readAllLines(textFile, StandardCharsets.UTF_8);
        List<BufferedImage> pages = render(lines);
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static List<BufferedImage> render(List<String> lines) {
        List<BufferedImage> pages = new ArrayList<>();
        Font font = new Font("DejaVu Serif", Font.PLAIN, 30);
        BufferedImage page = null;
        Graphics2D g = null;
        int y = 0;
        for (String line : lines) {
            for (String piece : wrap(line, font)) {
                if (page == null || y > HEIGHT - MARGIN) {
                    if (g != null) {
                        g.dispose();
                    }
                    page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
                    pages.add(page);
                    g = page.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, WIDTH, HEIGHT);
                    g.setColor(Color.BLACK);
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    g.setFont(font);
                    y = MARGIN;
                }
                g.drawString(piece, MARGIN, y);
                y += 46;
            }
        }
        if (g != null) {
            g.dispose();
        }
        return pages;
    }

    private static List<String> wrap(String line, Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        FontMetrics metrics = g.getFontMetrics(font);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (metrics.stringWidth(candidate) > WIDTH - 2 * MARGIN && !current.isEmpty()) {
                out.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        out.add(current.toString());
        g.dispose();
        return out;
    }
}
