package vn.vanban.indexer.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vanban.indexer.access.Visibility;

/**
 * The CITED_ONLY nodes a document's citations stand for, with the parents their citations reveal: in
 * "Kế hoạch số 179-KH/TU … về việc đẩy mạnh tuyên truyền, triển khai thực hiện Chỉ thị số 03-CT/TW"
 * the subject of 179-KH/TU says that it implements 03-CT/TW (DOMAIN.md: the chain reaches the directive
 * through 179-KH/TU), so the node 179-KH/TU gets the parent 03-CT/TW although only its citation is
 * known. Ingestion calls it with the citations it resolved, deletion with those stored in the citing
 * documents: one rule for both.
 */
public final class CitedOnlyNodes {

    /* The subject of the first citation ends with an implementing verb right before the second one. */
    private static final Pattern IMPLEMENTS_NEXT =
            Pattern.compile("(?iu)(?:thực\\s+hiện|triển\\s+khai|quán\\s+triệt|cụ\\s+thể\\s+hóa)\\s*[,:]?\\s*$");
    private static final int MAX_GAP = 400;

    private CitedOnlyNodes() {}

    /**
     * One node per distinct resolved target other than the document itself.
     *
     * @param text the citing document's text (the offsets of the citations refer to it)
     * @param self the citing document's key
     * @param visibility the citing document's visibility
     */
    public static List<CitedOnlyNode> of(
            String text, String self, List<StoredCitation> citations, Visibility visibility) {
        Map<String, CitedOnlyNode> nodes = new LinkedHashMap<>();
        for (int i = 0; i < citations.size(); i++) {
            StoredCitation c = citations.get(i);
            if (!c.resolved() || c.targetKey().equals(self)) {
                continue;
            }
            CitedOnlyNode node = CitedOnlyNode.of(c, visibility);
            CitedOnlyNode known = nodes.get(c.targetKey());
            node = known == null ? node : known.mergedWith(node);
            if (i + 1 < citations.size()) {
                StoredCitation next = citations.get(i + 1);
                if (next.resolved() && !next.targetKey().equals(c.targetKey()) && implementsNext(text, c, next)) {
                    node = node.withParent(next.targetKey());
                }
            }
            nodes.put(c.targetKey(), node);
        }
        return List.copyOf(nodes.values());
    }

    private static boolean implementsNext(String text, StoredCitation a, StoredCitation b) {
        int from = a.end();
        int to = b.start();
        if (from < 0 || to > text.length() || to <= from || to - from > MAX_GAP) {
            return false;
        }
        String gap = text.substring(from, to);
        if (gap.contains(";") || gap.contains(". ") || gap.contains("\n\n")) {
            return false;
        }
        return IMPLEMENTS_NEXT.matcher(gap).find();
    }
}
