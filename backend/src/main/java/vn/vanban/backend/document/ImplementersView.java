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
 * @param level the level paged ({@code ?level=N}; 1 = the direct implementers), or null when
 *     {@code children} is the tree (whole, or its first {@code ?depth=N} levels); for a page,
 *     {@code children} are that level's nodes (each with its {@code parent}) by key. With {@code
 *     ?depth} or {@code ?level}, {@code timeline} holds the nodes returned only; {@code countsByLevel}, {@code withoutImplementing} and {@code total}
 *     are always the whole tree's
 * @param next the {@code after} of the next page of the level, or null on its last page
 */
public record ImplementersView(
        NodeView root,
        List<Node> children,
        Map<String, Long> countsByLevel,
        List<TimelineEntry> timeline,
        List<Place> withoutImplementing,
        long total,
        boolean truncated,
        @Nullable Integer level,
        @Nullable String next) {

    /**
     * @param alsoImplements other parents inside the tree (the tree shows a document once)
     * @param descendants documents under this one in the whole tree, also when {@code children} was
     *     cut by a depth limit (then the next level is this node's own implementers request)
     * @param parent the node it is shown under (the root's key for a direct implementer)
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
            List<Node> children,
            String parent) {}

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
