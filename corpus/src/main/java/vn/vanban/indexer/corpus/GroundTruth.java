package vn.vanban.indexer.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.Relation;
import vn.vanban.indexer.index.DocumentKey;
import vn.vanban.indexer.index.IssuerKeys;

/**
 * The {@code <name>.expected.json} of a generated file, in the field order of the labelled
 * fixtures of issue #4. Citations: one entry per distinct cited document (see package-info).
 */
final class GroundTruth {

    /** A cited document after merging its mentions. */
    record Cited(Doc target, Relation relation, boolean date, boolean issuer, boolean subject) {}

    private GroundTruth() {}

    static List<Cited> merge(List<Doc.Mention> mentions) {
        Map<Doc, Cited> merged = new LinkedHashMap<>();
        for (Doc.Mention m : mentions) {
            merged.merge(
                    m.target(),
                    new Cited(m.target(), m.relation(), m.date(), m.issuer(), m.subject()),
                    (a, b) -> new Cited(
                            a.target(),
                            a.relation().ordinal() <= b.relation().ordinal() ? a.relation() : b.relation(),
                            a.date() || b.date(),
                            a.issuer() || b.issuer(),
                            a.subject() || b.subject()));
        }
        return List.copyOf(merged.values());
    }

    static Map<String, Object> of(Doc doc, Composer.Composed composed, List<Cited> cited) {
        Organ organ = doc.organ();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", doc.number());
        json.put("type", type(doc.type()));
        json.put("key", key(doc));
        json.put("issuer", organ.name());
        json.put("parentOrgan", organ.parentOrgan());
        json.put("issuerSide", organ.side().name());
        json.put("issuerLevel", organ.level().name());
        json.put("province", organ.province() == null ? null : organ.province().name());
        json.put("district", organ.district() == null ? null : organ.district().name());
        json.put("commune", organ.commune() == null ? null : organ.commune().name());
        json.put("place", organ.place());
        json.put("date", doc.date().toString());
        json.put("subject", doc.subject());
        json.put("signer", composed.signer());
        json.put("signerPosition", composed.position());
        json.put("authority", composed.authority());
        json.put(
                "recipients",
                composed.layout().recipients().stream()
                        .map(GroundTruth::recipient)
                        .toList());
        json.put("visibility", List.of());
        List<Map<String, Object>> citations = new ArrayList<>();
        for (Cited c : cited) {
            Doc t = c.target();
            Map<String, Object> citation = new LinkedHashMap<>();
            citation.put("number", t.number());
            citation.put("type", type(t.type()));
            citation.put("date", c.date() ? t.date().toString() : null);
            citation.put("issuer", c.issuer() ? t.organ().name() : impliedIssuer(t));
            citation.put("key", key(t));
            citation.put("subject", c.subject() ? Citer.subjectCore(t) : null);
            citation.put("relation", c.relation().name());
            citations.add(citation);
        }
        json.put("citations", citations);
        return json;
    }

    /**
     * The canonical key of a generated document: whatever spelling a citation printed ("của Thành ủy",
     * "BTV Tỉnh ủy", "UBND tỉnh", "Uỷ ban"), the key the index must give the document it names.
     */
    static String key(Doc doc) {
        Organ organ = doc.organ();
        String issuerKey = IssuerKeys.of(doc.number(), organ.name());
        if (issuerKey != null && IssuerKeys.isCell(issuerKey)) {
            String cell = IssuerKeys.qualifyCell(issuerKey, organ.parentOrgan());
            issuerKey = cell == null ? issuerKey : cell;
        }
        if (issuerKey == null) {
            throw new IllegalStateException("no issuer key for " + doc.number());
        }
        return DocumentKey.fromParts(
                        DocumentNumbers.key(doc.number()), issuerKey, DocumentKey.year(doc.number(), doc.date()))
                .canonical()
                .value();
    }

    /** The issuer a State number names by itself: {@code 28/CT-TTg} is the Thủ tướng Chính phủ (DOMAIN.md). */
    private static @Nullable String impliedIssuer(Doc target) {
        if (target.number().endsWith("-TTg")) {
            return "Thủ tướng Chính phủ";
        }
        if (target.number().endsWith("-CP")) {
            return "Chính phủ";
        }
        return null;
    }

    private static Map<String, String> type(DocumentType type) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("code", type.code());
        json.put("name", type.name());
        return json;
    }

    /** "- UBND tỉnh Quảng Ninh (b/c);" → "UBND tỉnh Quảng Ninh (b/c)". */
    static String recipient(String printed) {
        String s = printed.startsWith("- ") ? printed.substring(2) : printed;
        while (!s.isEmpty() && ",;.".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
