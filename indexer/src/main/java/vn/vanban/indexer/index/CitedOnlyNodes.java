package vn.vanban.indexer.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.vanban.indexer.document.ParsedDocument;

/**
 * The CITED_ONLY nodes a document's citations stand for, with the parents their citations reveal: in
 * "Kế hoạch số 179-KH/TU … về việc đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW"
 * the subject of 179-KH/TU says that it implements 03-CT/TW (DOMAIN.md: the chain reaches the directive
 * through 179-KH/TU), so the node 179-KH/TU gets the parent 03-CT/TW although only its citation is
 * known.
 */
public final class CitedOnlyNodes {

    /* The subject of the first citation ends with an implementing verb right before the second one. */
    private static final Pattern IMPLEMENTS_NEXT =
            Pattern.compile("(?iu)(?:thực\\s+hiện|triển\\s+khai|quán\\s+triệt|cụ\\s+thể\\s+hóa)\\s*[,:]?\\s*$");
    private static final int MAX_GAP = 400;

    private CitedOnlyNodes() {}

    /** One node per distinct resolved target other than the document itself. */
    public static List<Map<String, Object>> of(ParsedDocument doc, DocumentKey self, List<ResolvedCitation> citations) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        for (int i = 0; i < citations.size(); i++) {
            ResolvedCitation r = citations.get(i);
            if (r.resolution() != Resolution.RESOLVED || r.targetKey().equals(self.value())) {
                continue;
            }
            Map<String, Object> node = nodes.computeIfAbsent(r.targetKey(), k -> DocumentSource.citedOnly(r));
            for (Map.Entry<String, Object> e : DocumentSource.citedOnly(r).entrySet()) {
                node.putIfAbsent(e.getKey(), e.getValue());
            }
            if (i + 1 < citations.size()) {
                ResolvedCitation next = citations.get(i + 1);
                if (next.resolution() == Resolution.RESOLVED
                        && !next.targetKey().equals(r.targetKey())
                        && implementsNext(doc.text(), r, next)) {
                    @SuppressWarnings("unchecked")
                    List<String> parents =
                            (List<String>) node.computeIfAbsent(DocumentFields.PARENTS, k -> new ArrayList<>());
                    if (!parents.contains(next.targetKey())) {
                        parents.add(next.targetKey());
                    }
                }
            }
        }
        return List.copyOf(nodes.values());
    }

    private static boolean implementsNext(String text, ResolvedCitation a, ResolvedCitation b) {
        int from = a.citation().end();
        int to = b.citation().start();
        if (from < 0 || to > text.length() || to <= from || to - from > MAX_GAP) {
            return false;
        }
        String gap = text.substring(from, to);
        if (gap.contains(";") || gap.contains(". ") || gap.contains("\n\n")) {
            return false;
        }
        return IMPLEMENTS_NEXT.matcher(gap).find();
    }

    /** The parents a node carries, for merging. */
    @SuppressWarnings("unchecked")
    static Set<String> parents(Map<String, Object> node) {
        Object p = node.get(DocumentFields.PARENTS);
        return p == null ? new LinkedHashSet<>() : new LinkedHashSet<>((List<String>) p);
    }
}
