package vn.vanban.indexer.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * The format a document's extension promises, checked against what its bytes are. Tika's detector
 * trusts the name when the bytes match no signature, so random bytes or a text file renamed {@code
 * x.doc} went to the Word parser and came back "no text found" or "damaged"; the user must learn
 * instead that the file is not a Word document at all, and what it is.
 *
 * <p>Content of another document format that we read (an RTF or a web page saved as {@code .doc}, a
 * scan saved as {@code .pdf}) is not refused: Tika reads it by its content, as before. Refused is
 * content that is no document: plain text, unrecognised binary data, a spreadsheet, an archive, media.
 */
enum DeclaredFormat {
    DOC("tài liệu Word", "a Word document", false),
    DOCX("tài liệu Word", "a Word document", true),
    PDF("tệp PDF", "a PDF file", false),
    ODT("văn bản OpenDocument", "an OpenDocument text", true),
    RTF("tài liệu RTF", "an RTF document", false);

    /** Document content read whatever the extension says (each with its specialisations). */
    private static final List<MediaType> DOCUMENTS = List.of(
            MediaType.application("pdf"),
            MediaType.application("rtf"),
            MediaType.application("msword"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.ms-word.document.macroenabled.12"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.text("html"),
            MediaType.application("xhtml+xml"));

    /**
     * An OLE2 or OOXML container whose kind the detector could not read (damaged, or an encrypted DOCX,
     * which is OLE2): the parser says what is wrong with it. Exactly these types, not their
     * specialisations (a spreadsheet is an OLE2 or OOXML file too).
     */
    private static final List<MediaType> CONTAINERS = List.of(
            MediaType.application("x-tika-msoffice"),
            MediaType.application("x-tika-ooxml"),
            MediaType.application("x-tika-ooxml-protected"));

    private static final MediaType ZIP = MediaType.application("zip");

    private final String vietnamese;
    private final String english;
    /** DOCX and ODT are zip files: a damaged one may be detected as a bare zip. */
    private final boolean zipBased;

    DeclaredFormat(String vietnamese, String english, boolean zipBased) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.zipBased = zipBased;
    }

    /** The format a file name's extension declares, if it is one of ours. */
    static Optional<DeclaredFormat> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = lower.substring(dot + 1);
        for (DeclaredFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Why bytes detected as {@code content} (from the bytes alone) are not a document of this format,
     * or empty when they can be read as a document.
     */
    Optional<String> mismatch(MediaType content, MediaTypeRegistry registry) {
        MediaType type = content.getBaseType();
        for (MediaType document : DOCUMENTS) {
            if (registry.isInstanceOf(type, document)) {
                return Optional.empty();
            }
        }
        // A scan saved under a document's name is read by OCR.
        if (type.getType().equals("image") || CONTAINERS.contains(type) || (zipBased && type.equals(ZIP))) {
            return Optional.empty();
        }
        return Optional.of("không phải " + vietnamese + " / not " + english + " (." + name().toLowerCase(Locale.ROOT)
                + "): " + what(type, registry));
    }

    /** What the bytes are, in both languages. */
    private static String what(MediaType type, MediaTypeRegistry registry) {
        if (type.equals(MediaType.OCTET_STREAM)) {
            return "dữ liệu nhị phân không nhận ra / unrecognised binary data";
        }
        if (registry.isInstanceOf(type, MediaType.TEXT_PLAIN)) {
            return "nội dung là văn bản thuần / the content is plain text"
                    + (type.equals(MediaType.TEXT_PLAIN) ? "" : " (" + type + ")");
        }
        return "nội dung là " + type + " / the content is " + type;
    }
}
