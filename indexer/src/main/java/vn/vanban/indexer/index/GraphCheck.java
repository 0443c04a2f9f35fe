package vn.vanban.indexer.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The self-check of the graph ({@code indexer check}, and the same figures in {@code stats --json}):
 * nodes suspected to be one document — the same number, type and year, with issuers that are one
 * organ by the canonical rule ({@link IssuerKeys#canonicalKey}) or differ only by OCR noise — and
 * citations whose issuer is a bare word ("Ủy", "Bộ"), the mark of an issuer cut short.
 */
public final class GraphCheck {

    /** What the check reads of one node. */
    public record Node(
            String key,
            @Nullable String numberKey,
            @Nullable String typeCode,
            @Nullable Integer year,
            @Nullable String issuerKey,
            boolean ocr,
            @Nullable String date,
            List<CitedIssuer> citedIssuers) {}

    /** A citation's number and the issuer it names. */
    public record CitedIssuer(@Nullable String number, String issuer) {}

    /** A citation whose issuer is a bare word, with the node that holds it. */
    public record BareIssuer(String key, @Nullable String number, String issuer) {}

    /**
     * The findings.
     *
     * @param suspectedDuplicates groups of keys (two or more) that look like one document
     * @param bareIssuers citations whose issuer is one bare organ word
     */
    public record Report(List<List<String>> suspectedDuplicates, List<BareIssuer> bareIssuers) {
        public boolean clean() {
            return suspectedDuplicates.isEmpty() && bareIssuers.isEmpty();
        }
    }

    /** Words that open an organ's name and name none by themselves. */
    private static final Set<String> BARE_WORDS = Set.of(
            "ủy", "uỷ", "bộ", "sở", "ban", "ủy ban", "hội", "văn", "phòng", "cục", "tổng", "đảng", "chi", "hội đồng");

    /** OCR noise: at most this many edits between two issuer keys of one document. */
    private static final int OCR_EDITS = 2;

    private GraphCheck() {}

    /**
     * Whether two nodes hold one text ({@link ScanTwins} over their stored texts), asked only for a pair
     * with the same number, type and date, one of them OCR'd, whose issuers the keys do not tell apart
     * as noise: OCR can misread a whole header word ("TỈNH ỦY LÝ" for "TỈNH ỦY QUẢNG NINH").
     */
    @FunctionalInterface
    public interface SameText {
        boolean test(String key, String otherKey);
    }

    public static Report of(Iterable<Node> nodes) {
        return of(nodes, (a, b) -> false);
    }

    public static Report of(Iterable<Node> nodes, SameText sameText) {
        Map<String, List<Node>> byNumber = new HashMap<>();
        List<BareIssuer> bare = new ArrayList<>();
        for (Node n : nodes) {
            if (n.numberKey() != null && n.issuerKey() != null && n.year() != null) {
                String group = n.numberKey() + "|" + n.typeCode() + "|" + n.year();
                byNumber.computeIfAbsent(group, g -> new ArrayList<>()).add(n);
            }
            for (CitedIssuer c : n.citedIssuers()) {
                if (isBare(c.issuer())) {
                    bare.add(new BareIssuer(n.key(), c.number(), c.issuer()));
                }
            }
        }
        List<List<String>> duplicates = new ArrayList<>();
        for (List<Node> same : byNumber.values()) {
            if (same.size() < 2) {
                continue;
            }
            boolean[] taken = new boolean[same.size()];
            for (int i = 0; i < same.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                List<String> group = new ArrayList<>(List.of(same.get(i).key()));
                for (int j = i + 1; j < same.size(); j++) {
                    if (!taken[j]
                            && (sameOrgan(same.get(i), same.get(j)) || scanOf(same.get(i), same.get(j), sameText))) {
                        taken[j] = true;
                        group.add(same.get(j).key());
                    }
                }
                if (group.size() > 1) {
                    duplicates.add(List.copyOf(group));
                }
            }
        }
        duplicates.sort((a, b) -> a.getFirst().compareTo(b.getFirst()));
        return new Report(List.copyOf(duplicates), List.copyOf(bare));
    }

    /** True for an issuer that is one bare organ word ("Ủy", "Bộ"): a name cut short. */
    public static boolean isBare(String issuer) {
        return BARE_WORDS.contains(issuer.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean scanOf(Node x, Node y, SameText sameText) {
        return (x.ocr() || y.ocr()) && x.date() != null && x.date().equals(y.date()) && sameText.test(x.key(), y.key());
    }

    private static boolean sameOrgan(Node x, Node y) {
        return sameOrgan(x.issuerKey(), y.issuerKey(), x.ocr() || y.ocr());
    }

    /**
     * One organ: the same canonical key, or — when one text is OCR'd — keys that differ by at most
     * {@link #OCR_EDITS} edits and are long enough that such a difference is noise ("huyen-uy-ba-che"
     * read "huyen-uy-ba-chc"), not another place.
     */
    static boolean sameOrgan(@Nullable String a, @Nullable String b, boolean ocr) {
        if (a == null || b == null) {
            return false;
        }
        String ca = IssuerKeys.canonicalKey(a);
        String cb = IssuerKeys.canonicalKey(b);
        if (ca.equals(cb)) {
            return true;
        }
        return ocr && Math.min(ca.length(), cb.length()) >= 12 && edits(ca, cb, OCR_EDITS) <= OCR_EDITS;
    }

    /** Levenshtein distance, stopped once it exceeds {@code limit}. */
    static int edits(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
