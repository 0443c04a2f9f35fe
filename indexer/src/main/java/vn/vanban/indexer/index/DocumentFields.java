package vn.vanban.indexer.index;

/**
 * Field names of the stored document JSON ({@code documents-v1.json}); the graph queries and the
 * backend use these constants rather than string literals.
 *
 * <p>Every node has {@link #KEY} (= {@code _id}, a {@link DocumentKey}) and {@link #STATUS} ({@link
 * DocumentState}). {@link #CITATIONS} is nested: "who cites X" is one {@code nested} query on {@link
 * #CITATION_TARGET_KEY}. {@link #PARENTS} holds the resolved keys of the IMPLEMENTS and BASIS
 * citations (the edges chains follow, DOMAIN.md); {@link #CITES} every resolved key.
 */
public final class DocumentFields {

    public static final String KEY = "key";
    /** {@code INDEXED} or {@code CITED_ONLY}. */
    public static final String STATUS = "status";

    public static final String NUMBER = "number";
    public static final String NUMBER_KEY = "numberKey";
    public static final String TYPE_CODE = "type.code";
    public static final String TYPE_NAME = "type.name";
    public static final String ISSUER = "issuer";
    public static final String ISSUER_KEYWORD = "issuer.keyword";
    public static final String ISSUER_KEY = "issuerKey";
    public static final String PARENT_ORGAN = "parentOrgan";
    public static final String ISSUER_SIDE = "issuerSide";
    public static final String ISSUER_LEVEL = "issuerLevel";
    public static final String PROVINCE = "province";
    public static final String DISTRICT = "district";
    public static final String COMMUNE = "commune";
    public static final String PLACE = "place";
    /** ISO date {@code yyyy-MM-dd}. */
    public static final String DATE = "date";

    public static final String YEAR = "year";
    public static final String SUBJECT = "subject";
    public static final String SIGNER = "signer";
    public static final String SIGNER_POSITION = "signerPosition";
    public static final String AUTHORITY = "authority";
    public static final String RECIPIENTS = "recipients";
    /** {@link vn.vanban.indexer.access.Visibility}: what every read filters on. */
    public static final String VISIBILITY = "visibility";
    /** The marks as printed ("Lưu hành nội bộ"), from which {@link #VISIBILITY} was decided. */
    public static final String VISIBILITY_MARKS = "visibilityMarks";
    /** The full text; offsets of sections and citations refer to it. */
    public static final String TEXT = "text";

    /** Nested: {@code index}, {@code parent} (index of the parent section or -1), {@code level}, … */
    public static final String SECTIONS = "sections";

    public static final String SECTION_NUMBERING = "sections.numbering";
    public static final String SECTION_HEADING = "sections.heading";
    public static final String SECTION_TEXT = "sections.text";

    /** Nested, one object per citation in text order. */
    public static final String CITATIONS = "citations";

    public static final String CITATION_NUMBER = "citations.number";
    public static final String CITATION_NUMBER_KEY = "citations.numberKey";
    public static final String CITATION_TYPE_CODE = "citations.type.code";
    public static final String CITATION_DATE = "citations.date";
    public static final String CITATION_ISSUER = "citations.issuer";
    public static final String CITATION_SUBJECT = "citations.subject";
    /** {@code IMPLEMENTS}, {@code BASIS} or {@code MENTIONS}. */
    public static final String CITATION_RELATION = "citations.relation";

    public static final String CITATION_START = "citations.start";
    public static final String CITATION_END = "citations.end";
    public static final String CITATION_TEXT = "citations.text";
    /** The key of the cited node when {@code resolution} is RESOLVED. */
    public static final String CITATION_TARGET_KEY = "citations.targetKey";
    /** {@code RESOLVED}, {@code AMBIGUOUS} or {@code UNRESOLVED}. */
    public static final String CITATION_RESOLUTION = "citations.resolution";
    /** The keys that fit an AMBIGUOUS citation. */
    public static final String CITATION_CANDIDATES = "citations.candidates";

    /** Keys of the IMPLEMENTS and BASIS targets: the edges a chain follows upwards. */
    public static final String PARENTS = "parents";
    /** Keys of every resolved citation target. */
    public static final String CITES = "cites";

    /** sha256 of every source file of the document (a PDF and its .txt are one document). */
    public static final String SHA256 = "sha256";
    /** Where the original of the file whose text is shown is kept in the file store (its sha256). */
    public static final String STORE_REF = "storeRef";
    /** Path of the file the text comes from. */
    public static final String TEXT_FILE = "textFile";
    /** Quality of that text; a higher rank wins (non-OCR over OCR). */
    public static final String TEXT_RANK = "textRank";

    public static final String OCR = "ocr";
    /** Objects {@code path, name, sha256, size, mediaType, ocr, storeRef}: every source file. */
    public static final String FILES = "files";

    public static final String FILES_PATH = "files.path";
    public static final String INGESTED_AT = "ingestedAt";

    private DocumentFields() {}
}
