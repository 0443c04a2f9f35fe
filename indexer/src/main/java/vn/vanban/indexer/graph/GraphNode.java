package vn.vanban.indexer.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.index.DocumentFields;

/**
 * A node of the graph as the graph queries read it: the few fields they fetch.
 *
 * @param type the type code ({@code KH}), or null
 * @param status {@code INDEXED}, {@code CITED_ONLY}, or {@code MISSING} for a parent key with no
 *     node
 * @param issuerSide {@code PARTY}, {@code STATE}, {@code FRONT}, {@code OTHER}, or null (the portal
 *     shapes graph nodes by it)
 * @param parents keys of the IMPLEMENTS and BASIS targets
 * @param ancestors keys reachable upwards, as last maintained
 * @param visibility {@code PUBLIC} or {@code INTERNAL}, or null for a node stored without one (seen
 *     only by audiences that see everything)
 */
// The JSON of a node (README, "chain"/"implementers"): what a reader of the graph needs. Side, links
// and visibility are how the queries work, not part of the answer; the places are left out where an
// answer names a document without placing it (a chain's nodes, the implementers' root).
@JsonIgnoreProperties({"issuerSide", "parents", "ancestors", "visibility"})
public record GraphNode(
        String key,
        @Nullable String number,
        @Nullable String type,
        @Nullable String issuer,
        @Nullable String issuerSide,
        @Nullable String issuerLevel,
        @Nullable String date,
        String status,
        @Nullable String province,
        @Nullable String district,
        @Nullable String commune,
        List<String> parents,
        List<String> ancestors,
        @Nullable String visibility) {

    public GraphNode {
        parents = List.copyOf(parents);
        ancestors = List.copyOf(ancestors);
    }

    /** Field of a graph node: the type code ({@code type.code} of the document). */
    static final String TYPE_CODE = "typeCode";
    /** Field of a graph node: the keys reachable upwards through {@code parents}. */
    public static final String ANCESTORS = "ancestors";

    /** The {@code _source} fields read, from a graph node or from a document. */
    static final List<String> FIELDS = List.of(
            DocumentFields.KEY,
            DocumentFields.NUMBER,
            DocumentFields.TYPE_CODE,
            TYPE_CODE,
            DocumentFields.ISSUER,
            DocumentFields.ISSUER_SIDE,
            DocumentFields.ISSUER_LEVEL,
            DocumentFields.DATE,
            DocumentFields.STATUS,
            DocumentFields.PROVINCE,
            DocumentFields.DISTRICT,
            DocumentFields.COMMUNE,
            DocumentFields.PARENTS,
            ANCESTORS,
            DocumentFields.VISIBILITY);

    /** Status of the placeholder a chain shows for a node the audience may not see. */
    public static final String HIDDEN = "HIDDEN";

    static GraphNode missing(String key) {
        return new GraphNode(
                key, null, null, null, null, null, null, "MISSING", null, null, null, List.of(), List.of(), null);
    }

    /**
     * "A document you cannot see": a node in a chain the audience may not read, without key, number,
     * type, issuer, date or place, so that the path still shows a step there.
     */
    static GraphNode hidden() {
        return new GraphNode(
                "", null, null, null, null, null, null, HIDDEN, null, null, null, List.of(), List.of(), null);
    }

    /** Whether the audience may see this node; a parent key with no node names nothing new. */
    boolean visibleTo(Audience audience) {
        if (status.equals("MISSING") || audience.visible().containsAll(List.of(Visibility.values()))) {
            return true;
        }
        if (visibility == null) {
            return false;
        }
        try {
            return audience.canSee(Visibility.valueOf(visibility));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** This node with its parents and ancestors limited to {@code keys}: hidden keys are not named. */
    GraphNode keeping(java.util.Set<String> keys) {
        return new GraphNode(
                key,
                number,
                type,
                issuer,
                issuerSide,
                issuerLevel,
                date,
                status,
                province,
                district,
                commune,
                parents.stream().filter(keys::contains).toList(),
                ancestors.stream().filter(keys::contains).toList(),
                visibility);
    }

    @SuppressWarnings("unchecked")
    static GraphNode of(String id, Map<String, Object> source) {
        Object type = source.get("type");
        String typeCode = type instanceof Map<?, ?> t && t.get("code") instanceof String c
                ? c
                : source.get(TYPE_CODE) instanceof String c2 ? c2 : null;
        return new GraphNode(
                id,
                string(source, DocumentFields.NUMBER),
                typeCode,
                string(source, DocumentFields.ISSUER),
                string(source, DocumentFields.ISSUER_SIDE),
                string(source, DocumentFields.ISSUER_LEVEL),
                string(source, DocumentFields.DATE),
                source.get(DocumentFields.STATUS) instanceof String s ? s : "INDEXED",
                string(source, DocumentFields.PROVINCE),
                string(source, DocumentFields.DISTRICT),
                string(source, DocumentFields.COMMUNE),
                source.get(DocumentFields.PARENTS) instanceof List<?> p ? (List<String>) p : List.of(),
                source.get(ANCESTORS) instanceof List<?> a ? (List<String>) a : List.of(),
                string(source, DocumentFields.VISIBILITY));
    }

    private static @Nullable String string(Map<String, Object> source, String field) {
        return source.get(field) instanceof String s ? s : null;
    }

    /**
     * Whether an IMPLEMENTS or BASIS edge from a document dated {@code child} to one dated {@code
     * parent} can be real: a document cannot carry out, or rest on, a later one. Edges read wrongly
     * from a text (a citation's subject taken for the next citation's verb) are dropped by this; an
     * unknown date keeps the edge.
     */
    static boolean canImplement(@Nullable String child, @Nullable String parent) {
        return child == null || parent == null || parent.compareTo(child) <= 0;
    }

    /** Rank of the level, Trung ương first; unknown last. */
    int levelRank() {
        if (issuerLevel == null) {
            return 9;
        }
        return switch (issuerLevel) {
            case "CENTRAL" -> 0;
            case "PROVINCE" -> 1;
            case "DISTRICT" -> 2;
            case "COMMUNE" -> 3;
            case "GRASSROOTS" -> 4;
            default -> 9;
        };
    }
}
