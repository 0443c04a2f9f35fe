package vn.vanban.indexer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import vn.vanban.indexer.document.DocumentStatus;
import vn.vanban.indexer.extract.legacy.LegacyText;

/**
 * The extractor behind {@link Extractors}: Apache Tika's parsers (PDF, DOCX, DOC, ODT, RTF, HTML),
 * Tesseract OCR for scans, and {@link TextCleaner} on every result. Immutable and thread-safe: the
 * parser is built once per configuration, the parse context per file (fscrawler's TikaInstance).
 */
final class TikaExtractor implements Extractor {

    private final ExtractionSettings settings;
    private final Tesseract tesseract;
    private final AutoDetectParser parser;
    private final Detector detector;
    private final MediaTypeRegistry registry;
    // Parses run on a bounded pool, so a parse that hangs can be abandoned when its time is up: the
    // caller gets FAILED at once and the thread is interrupted. A parser deaf to interrupts keeps its
    // thread, but never more than the pool's size: files then wait for a thread and time out in turn,
    // instead of each hung parse adding a thread for ever. close() ends them with the application.
    private final ExecutorService executor;

    TikaExtractor(ExtractionSettings settings) {
        this.settings = settings;
        this.tesseract = settings.ocr()
                ? Tesseract.locate(settings.tesseractPath(), settings.ocrLanguage())
                : Tesseract.disabled();
        TikaConfig config = tikaConfig(tesseract, settings);
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
        this.registry = config.getMediaTypeRegistry();
        this.executor = Executors.newFixedThreadPool(
                Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), daemonThreads());
    }

    /** Interrupts the parses still running and lets no new one start. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Whether scans can be read; when not, why not. */
    Tesseract tesseract() {
        return tesseract;
    }

    @Override
    public ExtractedText extract(Path file) {
        String mediaType = "application/octet-stream";
        try {
            if (!Files.isRegularFile(file)) {
                return failed(file, DocumentStatus.FAILED, "not a readable file", mediaType);
            }
            long size = Files.size(file);
            if (size == 0) {
                return failed(file, DocumentStatus.FAILED, "empty file (0 bytes)", mediaType);
            }
            if (size > settings.maxBytes()) {
                return failed(
                        file,
                        DocumentStatus.FAILED,
                        "%s is larger than the limit of %s".formatted(megabytes(size), megabytes(settings.maxBytes())),
                        mediaType);
            }
            Optional<ExtractedText> notItsFormat = notItsFormat(file);
            if (notItsFormat.isPresent()) {
                return notItsFormat.get();
            }
            mediaType = detect(file);
            String detected = mediaType;
            Future<ExtractedText> result = executor.submit(() -> read(file, detected));
            try {
                return result.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                return failed(
                        file,
                        DocumentStatus.FAILED,
                        "extraction cancelled after " + seconds(settings.timeout()),
                        mediaType);
            } catch (ExecutionException e) {
                return failure(file, e.getCause() != null ? e.getCause() : e, mediaType);
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return failed(file, DocumentStatus.FAILED, "not read: the extractor is closed", mediaType);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(file, DocumentStatus.FAILED, "interrupted", mediaType);
        } catch (NoSuchFileException e) {
            return failed(file, DocumentStatus.FAILED, "no such file", mediaType);
        } catch (IOException | RuntimeException e) {
            return failure(file, e, mediaType);
        }
    }

    private String detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata).getBaseType().toString();
        }
    }

    /**
     * A file whose extension declares a document format ({@link DeclaredFormat}) but whose bytes alone
     * are detected as no document: FAILED, saying what they are. Detected without the name, which
     * Tika would otherwise take for the type of bytes it does not recognise.
     */
    private Optional<ExtractedText> notItsFormat(Path file) throws IOException {
        Optional<DeclaredFormat> declared = DeclaredFormat.of(file.getFileName().toString());
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        MediaType content;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            content = detector.detect(in, new Metadata()).getBaseType();
        }
        return declared.get()
                .mismatch(content, registry)
                .map(problem -> failed(file, DocumentStatus.FAILED, problem, content.toString()));
    }

    private ExtractedText read(Path file, String mediaType) throws IOException, TikaException, SAXException {
        MediaType type = MediaType.parse(mediaType);
        if (type.getType().equals("text") && (type.getSubtype().equals("plain") || isMarkdown(type))) {
            return readText(file, type);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        LayoutHandler handler = new LayoutHandler(settings.maxChars());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // AutoDetectParser wraps the handler in a SecureContentHandler: a zip bomb (output a
            // hundred times the input, or nested too deep) ends in a TikaException, reported FAILED.
            parser.parse(in, handler, metadata, context());
        }
        String parsedType = metadata.get(Metadata.CONTENT_TYPE);
        if (parsedType != null) {
            mediaType = MediaType.parse(parsedType).getBaseType().toString();
        }
        boolean ocr = usedOcr(metadata);
        boolean wrapped = mediaType.equals("application/pdf") || mediaType.startsWith("image/");
        String text =
                TextCleaner.clean(handler.text(), wrapped ? TextCleaner.Layout.WRAPPED : TextCleaner.Layout.PARAGRAPHS);
        if (!hasLetters(text)) {
            if (wrapped && !tesseract.available()) {
                return failed(
                        file,
                        DocumentStatus.SCANNED_NO_OCR,
                        "scanned; OCR not available (" + tesseract.unavailable() + ")",
                        mediaType);
            }
            return failed(
                    file, DocumentStatus.FAILED, wrapped ? "no text found, even by OCR" : "no text found", mediaType);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : handler.headerCells()) {
            cells.add(TextCleaner.clean(cell, TextCleaner.Layout.PARAGRAPHS).replace("\n\n", "\n"));
        }
        return new ExtractedText(file, DocumentStatus.OK, text, null, mediaType, ocr, cells);
    }

    /**
     * Plain text and Markdown: decoded here rather than by Tika's text parser, because legacy TCVN3 or
     * VNI text must reach {@link LegacyText} as windows-1252, whatever a charset detector would guess.
     */
    private ExtractedText readText(Path file, MediaType type) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String raw = decode(bytes);
        String notText = notText(raw);
        if (notText != null) {
            return failed(file, DocumentStatus.FAILED, notText, type.toString());
        }
        Long truncatedFrom = null;
        if (raw.length() > settings.maxChars()) {
            // A valid text longer than the limit (a 60 MB report) is indexed in part, with a note on the
            // document, rather than refused (issue 10): the same bound as Tika's write limit for the
            // other formats, so memory stays bounded per file. Those other formats are still refused
            // past it, as their text can be a decompression bomb's.
            truncatedFrom = (long) raw.length();
            raw = raw.substring(0, cut(raw, settings.maxChars()));
        }
        TextCleaner.Layout layout = isMarkdown(type) || TextCleaner.looksLikeMarkdown(raw)
                ? TextCleaner.Layout.MARKDOWN
                : TextCleaner.Layout.PLAIN_TEXT;
        String text = TextCleaner.clean(raw, layout);
        if (!hasLetters(text)) {
            return failed(file, DocumentStatus.FAILED, "no text found", type.toString());
        }
        return new ExtractedText(file, DocumentStatus.OK, text, null, type.toString(), false, List.of(), truncatedFrom);
    }

    /** Where to cut a text to at most {@code limit} characters: after the last line break near the limit. */
    static int cut(String text, int limit) {
        int lineEnd = text.lastIndexOf('\n', limit - 1);
        if (lineEnd >= limit - 10_000 && lineEnd > 0) {
            return lineEnd + 1;
        }
        // No line break near: not inside a surrogate pair.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** Beyond this share of control characters (NUL, ESC, …) or replacement characters, it is not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /**
     * Why a decoded "text" file is not text (random or binary bytes given a {@code .txt} name), or null.
     * Text has tabs and line breaks, never NUL or most other C0 controls, and a decoder that met bytes
     * it could not place left U+FFFD.
     */
    static String notText(String raw) {
        int control = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                    || c == 0x7F
                    || c == '\uFFFD'
                    || (c >= 0x80 && c < 0xA0)
                    || Character.isSurrogate(c) && !validPair(raw, i)) {
                control++;
            }
        }
        if (control > raw.length() * MAX_CONTROL_SHARE) {
            return String.format(
                    Locale.ROOT,
                    "not text: %.0f %% of the characters are control or undecodable bytes (binary data with a text"
                            + " file's name?)",
                    100.0 * control / raw.length());
        }
        return null;
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** text/x-web-markdown, text/markdown. */
    private static boolean isMarkdown(MediaType type) {
        return type.getSubtype().contains("markdown");
    }

    static String decode(byte[] bytes) throws IOException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            String latin = new String(bytes, Charset.forName("windows-1252"));
            if (LegacyText.detect(latin).isPresent()) {
                return latin;
            }
            // Before the generic detector, which reads windows-1258 Vietnamese as windows-1252.
            if (Windows1258.looksLike(bytes)) {
                return Windows1258.decode(bytes);
            }
            // Some other 8-bit or 16-bit charset (windows-1258, UTF-16 without BOM): Tika's detector.
            CharsetDetector charsets = new CharsetDetector();
            charsets.setText(new ByteArrayInputStream(bytes));
            CharsetMatch match = charsets.detect();
            return match != null ? match.getString() : latin;
        }
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        // AUTO: pages with a text layer are read as text, pages without one go to tesseract.
        pdf.setOcrStrategy(
                tesseract.available() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        context.set(PDFParserConfig.class, pdf);
        // DOCX through SAX, not POI's DOM: a document.xml that inflates to hundreds of MB (a decompression
        // bomb) streams into the handler's write limit instead of filling the heap before it.
        org.apache.tika.parser.microsoft.OfficeParserConfig office =
                new org.apache.tika.parser.microsoft.OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(org.apache.tika.parser.microsoft.OfficeParserConfig.class, office);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(settings.ocrLanguage());
        ocr.setTimeoutSeconds((int) Math.max(1, settings.ocrTimeout().toSeconds()));
        ocr.setSkipOcr(!tesseract.available());
        context.set(TesseractOCRConfig.class, ocr);
        // Attachments, embedded images and OLE objects are not part of the document's text.
        context.set(EmbeddedDocumentExtractor.class, NoEmbedded.INSTANCE);
        context.set(HtmlMapper.class, KeepSuperscripts.INSTANCE);
        // The PDF parser finds its OCR parser here (EmbeddedDocumentUtil.getStatelessParser).
        context.set(Parser.class, parser);
        return context;
    }

    private static boolean usedOcr(Metadata metadata) {
        Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
        if (ocrPages != null && ocrPages > 0) {
            return true;
        }
        return Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY_FULL_SET))
                        .anyMatch(p -> p.contains("TesseractOCRParser"))
                || Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY))
                        .anyMatch(p -> p.contains("TesseractOCRParser"));
    }

    private static ExtractedText failure(Path file, Throwable error, String mediaType) {
        if (error instanceof EncryptedDocumentException || causedBy(error, EncryptedDocumentException.class)) {
            return failed(file, DocumentStatus.ENCRYPTED, "encrypted (password protected)", mediaType);
        }
        if (WriteLimitReachedException.isWriteLimitReached(error)) {
            return failed(file, DocumentStatus.FAILED, "too much text: " + error.getMessage(), mediaType);
        }
        if (error.getMessage() != null && error.getMessage().contains("InputStream must have > 0 bytes")) {
            return failed(file, DocumentStatus.FAILED, "empty file (0 bytes)", mediaType);
        }
        if (error instanceof OutOfMemoryError || causedBy(error, OutOfMemoryError.class)) {
            return failed(
                    file,
                    DocumentStatus.FAILED,
                    "too large to read in the memory available (" + rootMessage(error)
                            + "): its content expands beyond the heap (a decompression bomb?)",
                    mediaType);
        }
        if (error instanceof TikaException || causedBy(error, TikaException.class)) {
            // TIKA-198 and its kin wrap whatever the format's parser threw ("Illegal IOException from
            // …Parser@6c3e5948", "Unexpected RuntimeException from …OfficeParser@7dd633f6", "Error
            // creating OOXML extractor"): say what is wrong with the file, keep the parser's words in the log.
            LOG.log(System.Logger.Level.DEBUG, file + ": " + mediaType + " parser failed", error);
            return failed(
                    file,
                    DocumentStatus.FAILED,
                    "damaged or not a valid " + formatName(mediaType) + " file (" + rootMessage(error) + ")",
                    mediaType);
        }
        String message = error.getMessage() != null
                ? error.getMessage()
                : error.getClass().getSimpleName();
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != error && root.getMessage() != null) {
            message += " (" + root.getMessage() + ")";
        }
        return failed(file, DocumentStatus.FAILED, "cannot be read: " + message, mediaType);
    }

    private static final System.Logger LOG = System.getLogger(TikaExtractor.class.getName());

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** {@code application/pdf} → PDF, the Word and OpenDocument types by their usual names. */
    private static String formatName(String mediaType) {
        if (mediaType.contains("pdf")) {
            return "PDF";
        }
        if (mediaType.contains("wordprocessingml")) {
            return "DOCX";
        }
        if (mediaType.contains("msword") || mediaType.contains("x-tika-msoffice")) {
            return "DOC";
        }
        if (mediaType.contains("opendocument")) {
            return "ODT";
        }
        if (mediaType.contains("zip")) {
            return "ZIP";
        }
        return mediaType;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static ExtractedText failed(Path file, DocumentStatus status, String problem, String mediaType) {
        return ExtractedText.failed(file, status, file + ": " + problem, mediaType);
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String seconds(java.time.Duration limit) {
        return String.format(Locale.ROOT, "%.1f s", limit.toMillis() / 1000.0);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "vanban-extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Tika's default parsers, with Tesseract configured here (its binary path is an initialisation
     * parameter, not a per-parse one) or left out when it cannot run.
     */
    private static TikaConfig tikaConfig(Tesseract tesseract, ExtractionSettings settings) {
        String ocrParser = "";
        if (tesseract.available()) {
            StringBuilder params = new StringBuilder();
            params.append(param("tesseractPath", tesseract.directory() + java.io.File.separator, "string"));
            if (tesseract.tessdata() != null) {
                params.append(param("tessdataPath", tesseract.tessdata() + java.io.File.separator, "string"));
            }
            params.append(param("language", settings.ocrLanguage(), "string"));
            params.append(param(
                    "timeoutSeconds",
                    String.valueOf(Math.max(1, settings.ocrTimeout().toSeconds())),
                    "int"));
            ocrParser = "<parser class=\"org.apache.tika.parser.ocr.TesseractOCRParser\"><params>" + params
                    + "</params></parser>";
        }
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <properties>
                  <parsers>
                    <parser class="org.apache.tika.parser.DefaultParser">
                      <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
                    </parser>
                    %s
                  </parsers>
                </properties>
                """.formatted(ocrParser);
        try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            return new TikaConfig(in);
        } catch (IOException | TikaException | SAXException e) {
            throw new IllegalStateException("cannot configure Apache Tika: " + e.getMessage(), e);
        }
    }

    private static String param(String name, String value, String type) {
        return "<param name=\"" + name + "\" type=\"" + type + "\">" + xml(value) + "</param>";
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Skips every embedded resource. */
    private enum NoEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {}
    }

    /** Tika's default HTML mapping, keeping {@code <sup>}: a footnote marker must not join the number before it. */
    private static final class KeepSuperscripts extends DefaultHtmlMapper {
        static final KeepSuperscripts INSTANCE = new KeepSuperscripts();

        @Override
        public String mapSafeElement(String name) {
            return "SUP".equalsIgnoreCase(name) ? "sup" : super.mapSafeElement(name);
        }
    }
}
