package vn.vanban.backend.document;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The documents carrying out a directive or plan, transitively, as a tree by level and locality.
 *
 * @param countsByLevel distinct documents per issuer level
 * @param timeline every document of the tree by date, with the days since the root's date
 * @param withoutImplementing the provinces (or, when a province was asked for, its districts; when a
 *     district of it was asked for too, its communes) where no document of the tree was issued
 * @param total documents in the tree, the root excluded
 */
public record ImplementersView(
        NodeView root,
        List<Node> children,
        Map<String, Long> countsByLevel,
        List<TimelineEntry> timeline,
        List<Place> withoutImplementing,
        long total,
        boolean truncated) {

    /** The same tree cut below {@code depth} levels (1 = the direct implementers only). */
    public ImplementersView cutBelow(int depth) {
        return new ImplementersView(
                root, cut(children, depth), countsByLevel, timeline, withoutImplementing, total, truncated);
    }

    private static List<Node> cut(List<Node> nodes, int depth) {
        return nodes.stream()
                .map(n -> new Node(
                        n.key(),
                        n.number(),
                        n.type(),
                        n.issuer(),
                        n.issuerLevel(),
                        n.date(),
                        n.status(),
                        n.province(),
                        n.district(),
                        n.commune(),
                        n.alsoImplements(),
                        n.descendants(),
                        depth <= 1 ? List.of() : cut(n.children(), depth - 1)))
                .toList();
    }

    /**
     * @param alsoImplements other parents inside the tree (the tree shows a document once)
     * @param descendants documents under this one in the whole tree, also when {@code children} was
     *     cut by a depth limit (then the next level is this node's own implementers request)
     */
    public record Node(
            String key,
            @Nullable String number,
            @Nullable String type,
            @Nullable String issuer,
            @Nullable String issuerLevel,
            @Nullable String date,
            String status,
            @Nullable String province,
            @Nullable String district,
            @Nullable String commune,
            List<String> alsoImplements,
            long descendants,
            List<Node> children) {}

    public record TimelineEntry(
            String key, @Nullable String date, @Nullable Long daysAfter) {}

    /**
     * A province, a district of {@code province}, or a commune of {@code district}, without an
     * implementing document; names without their kind word, as in the tree's nodes.
     */
    public record Place(
            String province,
            @Nullable String district,
            @Nullable String commune) {

        public Place(String province, @Nullable String district) {
            this(province, district, null);
        }
    }
}
