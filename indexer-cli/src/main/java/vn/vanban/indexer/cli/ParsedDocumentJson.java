package vn.vanban.indexer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.assignment.AssignmentExtractor;
import vn.vanban.indexer.assignment.AssignmentJson;
import vn.vanban.indexer.document.Citation;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.ParsedDocument;
import vn.vanban.indexer.document.Section;

/**
 * The {@code indexer parse} line contract: one JSON object per file with exactly the fields of
 * {@link ParsedDocument} except {@code text}, then {@code assignments} (the tasks of its
 * implementation section); dates as ISO strings, nulls printed.
 */
final class ParsedDocumentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParsedDocumentJson() {}

    static String line(ParsedDocument d) {
        Map<String, @Nullable Object> o = new LinkedHashMap<>();
        o.put("file", d.file());
        o.put("status", d.status().name());
        o.put("error", d.error());
        o.put("number", d.number());
        o.put("type", type(d.type()));
        o.put("issuer", d.issuer());
        o.put("parentOrgan", d.parentOrgan());
        o.put("issuerSide", d.issuerSide() == null ? null : d.issuerSide().name());
        o.put("issuerLevel", d.issuerLevel() == null ? null : d.issuerLevel().name());
        o.put("province", d.province());
        o.put("district", d.district());
        o.put("commune", d.commune());
        o.put("place", d.place());
        o.put("date", d.date() == null ? null : d.date().toString());
        o.put("subject", d.subject());
        o.put("signer", d.signer());
        o.put("signerPosition", d.signerPosition());
        o.put("authority", d.authority());
        o.put("recipients", d.recipients());
        o.put("sections", sections(d.sections()));
        o.put("visibility", d.visibility());
        List<Map<String, @Nullable Object>> citations = new ArrayList<>();
        for (Citation c : d.citations()) {
            Map<String, @Nullable Object> m = new LinkedHashMap<>();
            m.put("number", c.number());
            m.put("type", type(c.type()));
            m.put("date", c.date() == null ? null : c.date().toString());
            m.put("issuer", c.issuer());
            m.put("issuerSide", c.issuerSide() == null ? null : c.issuerSide().name());
            m.put(
                    "issuerLevel",
                    c.issuerLevel() == null ? null : c.issuerLevel().name());
            m.put("subject", c.subject());
            m.put("relation", c.relation().name());
            m.put("start", c.start());
            m.put("end", c.end());
            m.put("text", c.text());
            m.put("repeatOf", c.repeatOf());
            citations.add(m);
        }
        o.put("citations", citations);
        // Computed from the parsed text here rather than held by ParsedDocument (issue #12): the
        // record's constructor stays as every reader builds it.
        o.put("assignments", AssignmentJson.of(AssignmentExtractor.extract(d)));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + d.file(), e);
        }
    }

    private static @Nullable Map<String, String> type(@Nullable DocumentType t) {
        if (t == null) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", t.code());
        m.put("name", t.name());
        return m;
    }

    private static List<Map<String, Object>> sections(List<Section> sections) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("numbering", s.numbering());
            m.put("heading", s.heading());
            m.put("text", s.text());
            m.put("start", s.start());
            m.put("end", s.end());
            m.put("children", sections(s.children()));
            out.add(m);
        }
        return out;
    }
}
