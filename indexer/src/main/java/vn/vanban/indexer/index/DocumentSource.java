package vn.vanban.indexer.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.document.DocumentNumbers;
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
    public static StoredDocument indexed(
            DocumentKey key,
            ParsedDocument doc,
            List<StoredCitation> citations,
            SourceFile file,
            Visibility visibility,
            Instant ingestedAt) {
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
        return new StoredDocument(
                key.value(),
                DocumentState.INDEXED.name(),
                doc.number(),
                doc.number() == null ? null : DocumentNumbers.key(doc.number()),
                StoredType.of(doc.type()),
                doc.issuer(),
                key.issuerKey(),
                doc.parentOrgan(),
                doc.issuerSide() == null ? null : doc.issuerSide().name(),
                doc.issuerLevel() == null ? null : doc.issuerLevel().name(),
                doc.province(),
                doc.district(),
                doc.commune(),
                doc.place(),
                doc.date() == null ? null : doc.date().toString(),
                DocumentKey.year(doc.number(), doc.date()),
                doc.subject(),
                doc.signer(),
                doc.signerPosition(),
                doc.authority(),
                doc.recipients(),
                visibility,
                doc.visibility(),
                doc.text(),
                sections(doc.sections()),
                citations,
                List.copyOf(parents),
                List.copyOf(cites),
                List.of(file.sha256()),
                file.storeRef(),
                file.path(),
                file.ocr(),
                textRank(file.ocr(), doc.text().length()),
                List.of(StoredDocument.file(file)),
                ingestedAt.toString(),
                file.truncatedFrom() == null ? null : true,
                file.truncatedFrom());
    }

    /** The outline flattened in document order; {@code parent} is the index of the enclosing section. */
    private static List<StoredDocument.StoredSection> sections(List<Section> roots) {
        List<StoredDocument.StoredSection> out = new ArrayList<>();
        for (Section s : roots) {
            flatten(s, -1, 0, out);
        }
        return out;
    }

    private static void flatten(Section s, int parent, int level, List<StoredDocument.StoredSection> out) {
        int index = out.size();
        out.add(new StoredDocument.StoredSection(
                index, parent, level, s.numbering(), s.heading(), s.text(), s.start(), s.end()));
        for (Section child : s.children()) {
            flatten(child, index, level + 1, out);
        }
    }
}
