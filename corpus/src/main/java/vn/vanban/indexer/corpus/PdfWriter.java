package vn.vanban.indexer.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A text PDF with an embedded (subset) TrueType font that has the Vietnamese glyphs. The standard
 * 14 PDF fonts cannot encode Vietnamese, so without such a font no PDF is written (the generator
 * then writes DOCX instead and says so).
 */
final class PdfWriter {

    /** Fonts known to carry the Vietnamese glyphs, first found wins; {@code -Dvanban.pdf.font=} overrides. */
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
            "C:/Windows/Fonts/times.ttf");

    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 56f;

    private final byte[] regular;
    private final byte[] bold;
    // Parsing the TrueType file is most of the cost of a small PDF: each writing thread parses it once.
    // TrueTypeFont is not thread-safe, hence one per thread.
    private final ThreadLocal<TrueTypeFont[]> parsed;

    private PdfWriter(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
        this.parsed = ThreadLocal.withInitial(() -> {
            try {
                TrueTypeFont r = new TTFParser().parse(new RandomAccessReadBuffer(regular));
                TrueTypeFont b = bold == regular ? r : new TTFParser().parse(new RandomAccessReadBuffer(bold));
                return new TrueTypeFont[] {r, b};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The writer, or empty when no font with Vietnamese glyphs is installed. */
    static Optional<PdfWriter> create() {
        List<String> paths = new ArrayList<>();
        String configured = System.getProperty("vanban.pdf.font", "");
        if (!configured.isBlank()) {
            paths.add(configured);
        }
        paths.addAll(CANDIDATES);
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isReadable(path)) {
                try {
                    byte[] regular = Files.readAllBytes(path);
                    Path boldPath =
                            path.resolveSibling(path.getFileName().toString().replace("Sans.ttf", "Sans-Bold.ttf"));
                    byte[] bold = !boldPath.equals(path) && Files.isReadable(boldPath)
                            ? Files.readAllBytes(boldPath)
                            : regular;
                    return Optional.of(new PdfWriter(regular, bold));
                } catch (IOException e) {
                    // try the next candidate
                }
            }
        }
        return Optional.empty();
    }

    static String missingFontMessage() {
        return "Không tìm thấy phông chữ TrueType có dấu tiếng Việt / no TrueType font with Vietnamese glyphs (tried "
                + String.join(", ", CANDIDATES) + "; set -Dvanban.pdf.font=FILE): PDF documents were written as DOCX";
    }

    void write(Layout layout, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            TrueTypeFont[] ttf = parsed.get();
            PDType0Font font = PDType0Font.load(document, ttf[0], true);
            PDType0Font boldFont = ttf[1] == ttf[0] ? font : PDType0Font.load(document, ttf[1], true);
            Pages pages = new Pages(document, font, boldFont);
            float top = pages.y;
            float columnWidth = (PDRectangle.A4.getWidth() - 2 * MARGIN) / 2;
            List<String> left = new ArrayList<>(layout.left());
            left.add(layout.numberLine());
            if (layout.letterSubject() != null) {
                left.addAll(pages.wrap(layout.letterSubject(), font, columnWidth - 10));
            }
            for (String line : left) {
                pages.centered(line, MARGIN, columnWidth, !line.startsWith("Số") && !line.startsWith("V/v"));
            }
            float afterLeft = pages.y;
            pages.y = top;
            List<String> right = new ArrayList<>(layout.motto());
            right.add(layout.dateLine());
            for (int i = 0; i < right.size(); i++) {
                pages.centered(
                        right.get(i),
                        MARGIN + columnWidth,
                        columnWidth,
                        i < layout.motto().size());
            }
            pages.y = Math.min(afterLeft, pages.y) - LEADING;
            if (layout.title() != null) {
                pages.centered(layout.title(), MARGIN, 2 * columnWidth, true);
            }
            if (layout.subject() != null) {
                for (String line : pages.wrap(layout.subject(), boldFont, 2 * columnWidth - 40)) {
                    pages.centered(line, MARGIN, 2 * columnWidth, true);
                }
            }
            pages.y -= LEADING / 2;
            for (Layout.Block block : layout.body()) {
                boolean strong = block.style() != Layout.Style.PARAGRAPH;
                PDType0Font f = strong ? boldFont : font;
                for (String line : pages.wrap(block.text(), f, 2 * columnWidth)) {
                    if (block.style() == Layout.Style.CENTER) {
                        pages.centered(line, MARGIN, 2 * columnWidth, true);
                    } else {
                        pages.text(line, MARGIN, strong);
                    }
                }
                pages.y -= LEADING / 3;
            }
            pages.y -= LEADING;
            List<String> signature = layout.signature();
            for (int i = 0; i < signature.size(); i++) {
                if (i == signature.size() - 1) {
                    pages.y -= 3 * LEADING;
                }
                pages.centered(signature.get(i), MARGIN + columnWidth, columnWidth, true);
            }
            pages.y -= LEADING;
            pages.text("Nơi nhận:", MARGIN, true);
            for (String r : layout.recipients()) {
                pages.text(r, MARGIN, false);
            }
            pages.close();
            document.save(out);
        }
    }

    /** A cursor over pages: adds a page when the text reaches the bottom margin. */
    private static final class Pages {
        private final PDDocument document;
        private final PDType0Font font;
        private final PDType0Font bold;
        private PDPageContentStream stream;
        float y;

        Pages(PDDocument document, PDType0Font font, PDType0Font bold) throws IOException {
            this.document = document;
            this.font = font;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void text(String line, float x, boolean strong) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            stream.beginText();
            stream.setFont(strong ? bold : font, SIZE);
            stream.newLineAtOffset(x, y);
            stream.showText(line);
            stream.endText();
            y -= LEADING;
        }

        void centered(String line, float x, float width, boolean strong) throws IOException {
            float w = (strong ? bold : font).getStringWidth(line) / 1000 * SIZE;
            text(line, x + Math.max(0, (width - w) / 2), strong);
        }

        List<String> wrap(String text, PDType0Font f, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && f.getStringWidth(candidate) / 1000 * SIZE > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
