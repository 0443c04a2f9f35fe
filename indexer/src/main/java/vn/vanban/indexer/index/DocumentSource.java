package vn.vanban.indexer.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.document.Section;

/** The JSON stored for a node ({@link DocumentFields}), built from the parsed document. */
public final class DocumentSource {

    private DocumentSource() {}

    /**
     * The rank of a text: a higher rank wins when several files are one document. Text not from OCR
     * always beats OCR (a scan of a document already indexed as text keeps the text); then the longer
     * text. The path decides a tie, so the outcome does not depend on the order of ingestion.
     */
    public static long textRank(boolean ocr, int textLength) {
        return (ocr ? 0L : 1L << 40) + textLength;
    }

    /**
     * Who may read a document: a "Lưu hành nội bộ" mark (or a secrecy mark, which the trust rules
     * refuse anyway) makes it INTERNAL whatever the run says; otherwise the run's default.
     */
    public static Visibility visibility(List<String> marks, Visibility runDefault) {
        return marks.isEmpty() ? runDefault : Visibility.INTERNAL;
    }

    /**
     * An {@link DocumentState#INDEXED} node.
     *
     * @param visibility who may read it ({@link #visibility})
     * @param ingestedAt when it is written (from the run's clock)
     */
    public static Map<String, Object> indexed(
            DocumentKey key,
            ParsedDocument doc,
            List<StoredCitation> citations,
            SourceFile file,
            Visibility visibility,
            Instant ingestedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(DocumentFields.KEY, key.value());
        m.put(DocumentFields.STATUS, DocumentState.INDEXED.name());
        if (doc.number() != null) {
            m.put(DocumentFields.NUMBER, doc.number());
            m.put(DocumentFields.NUMBER_KEY, DocumentNumbers.key(doc.number()));
        }
        putType(m, doc.type());
        putIfNotNull(m, DocumentFields.ISSUER, doc.issuer());
        putIfNotNull(m, DocumentFields.ISSUER_KEY, key.issuerKey());
        putIfNotNull(m, DocumentFields.PARENT_ORGAN, doc.parentOrgan());
        putSideAndLevel(m, doc.issuerSide(), doc.issuerLevel());
        putIfNotNull(m, DocumentFields.PROVINCE, doc.province());
        putIfNotNull(m, DocumentFields.DISTRICT, doc.district());
        putIfNotNull(m, DocumentFields.COMMUNE, doc.commune());
        putIfNotNull(m, DocumentFields.PLACE, doc.place());
        putIfNotNull(
                m, DocumentFields.DATE, doc.date() == null ? null : doc.date().toString());
        putIfNotNull(m, DocumentFields.YEAR, DocumentKey.year(doc.number(), doc.date()));
        putIfNotNull(m, DocumentFields.SUBJECT, doc.subject());
        putIfNotNull(m, DocumentFields.SIGNER, doc.signer());
        putIfNotNull(m, DocumentFields.SIGNER_POSITION, doc.signerPosition());
        putIfNotNull(m, DocumentFields.AUTHORITY, doc.authority());
        m.put(DocumentFields.RECIPIENTS, doc.recipients());
        m.put(DocumentFields.VISIBILITY, visibility.name());
        m.put(DocumentFields.VISIBILITY_MARKS, doc.visibility());
        m.put(DocumentFields.TEXT, doc.text());
        m.put(DocumentFields.SECTIONS, sections(doc.sections()));
        m.put(DocumentFields.CITATIONS, citations);
        Set<String> parents = new LinkedHashSet<>();
        Set<String> cites = new LinkedHashSet<>();
        for (StoredCitation c : citations) {
            if (c.targetKey() != null && !c.targetKey().equals(key.value())) {
                cites.add(c.targetKey());
                if (!Relation.MENTIONS.name().equals(c.relation())) {
                    parents.add(c.targetKey());
                }
            }
        }
        m.put(DocumentFields.PARENTS, List.copyOf(parents));
        m.put(DocumentFields.CITES, List.copyOf(cites));
        m.put(DocumentFields.SHA256, List.of(file.sha256()));
        m.put(DocumentFields.STORE_REF, file.storeRef());
        m.put(DocumentFields.TEXT_FILE, file.path());
        m.put(DocumentFields.TEXT_RANK, textRank(file.ocr(), doc.text().length()));
        m.put(DocumentFields.OCR, file.ocr());
        m.put(DocumentFields.FILES, List.of(file(file)));
        m.put(DocumentFields.INGESTED_AT, ingestedAt.toString());
        return m;
    }

    private static void putSideAndLevel(Map<String, Object> m, @Nullable IssuerSide side, @Nullable IssuerLevel level) {
        putIfNotNull(m, DocumentFields.ISSUER_SIDE, side == null ? null : side.name());
        putIfNotNull(m, DocumentFields.ISSUER_LEVEL, level == null ? null : level.name());
    }

    static Map<String, Object> file(SourceFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("name", f.name());
        m.put("sha256", f.sha256());
        m.put("size", f.size());
        m.put("mediaType", f.mediaType());
        m.put("ocr", f.ocr());
        m.put("storeRef", f.storeRef());
        return m;
    }

    /** The outline flattened in document order; {@code parent} is the index of the enclosing section. */
    private static List<Map<String, Object>> sections(List<Section> roots) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Section s : roots) {
            flatten(s, -1, 0, out);
        }
        return out;
    }

    private static void flatten(Section s, int parent, int level, List<Map<String, Object>> out) {
        int index = out.size();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("parent", parent);
        m.put("level", level);
        m.put("numbering", s.numbering());
        m.put("heading", s.heading());
        m.put("text", s.text());
        m.put("start", s.start());
        m.put("end", s.end());
        out.add(m);
        for (Section child : s.children()) {
            flatten(child, index, level + 1, out);
        }
    }

    private static void putType(Map<String, Object> m, @Nullable DocumentType type) {
        if (type != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("code", type.code());
            t.put("name", type.name());
            m.put("type", t);
        }
    }

    private static void putIfNotNull(Map<String, Object> m, String field, @Nullable Object value) {
        if (value != null) {
            m.put(field, value);
        }
    }
}
