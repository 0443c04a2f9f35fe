package vn.vanban.indexer.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.access.Visibility;

/**
 * A {@link DocumentState#CITED_ONLY} node: what citations say of a document not ingested (or deleted).
 * Ingestion and deletion make it through the same factory, {@link #of}, so a node rebuilt after a
 * deletion carries the issuer's side and level and the parents ingestion gave it.
 *
 * <p>Its visibility is that of the documents naming it: PUBLIC as soon as one public document cites
 * it, INTERNAL while only internal documents do (its number and issuer come from their text).
 *
 * @param parents keys the citations reveal it implements (empty: none known)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CitedOnlyNode(
        String key,
        String status,
        @Nullable String number,
        @Nullable String numberKey,
        @Nullable StoredType type,
        @Nullable String issuer,
        @Nullable String issuerKey,
        @Nullable String issuerSide,
        @Nullable String issuerLevel,
        @Nullable String date,
        @Nullable Integer year,
        @Nullable String subject,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> parents,
        @Nullable Visibility visibility) {

    public CitedOnlyNode {
        parents = parents == null ? List.of() : List.copyOf(parents);
    }

    /** The node a resolved citation stands for, seen by the audiences of the citing document. */
    public static CitedOnlyNode of(StoredCitation c, Visibility citer) {
        return new CitedOnlyNode(
                Objects.requireNonNull(c.targetKey(), "a CITED_ONLY node needs a resolved citation"),
                DocumentState.CITED_ONLY.name(),
                c.number(),
                c.numberKey(),
                c.type(),
                c.issuer(),
                c.issuerKey(),
                c.issuerSide(),
                c.issuerLevel(),
                c.date(),
                c.year(),
                c.subject(),
                List.of(),
                citer);
    }

    /** This node with one more parent. */
    CitedOnlyNode withParent(String parent) {
        if (parents.contains(parent)) {
            return this;
        }
        Set<String> more = new LinkedHashSet<>(parents);
        more.add(parent);
        return new CitedOnlyNode(
                key,
                status,
                number,
                numberKey,
                type,
                issuer,
                issuerKey,
                issuerSide,
                issuerLevel,
                date,
                year,
                subject,
                List.copyOf(more),
                visibility);
    }

    /**
     * What this node and another account of the same document say together: this node's fields first,
     * the other's where this one knows nothing, the parents of both; PUBLIC when either is.
     */
    public CitedOnlyNode mergedWith(CitedOnlyNode other) {
        Set<String> allParents = new LinkedHashSet<>(parents);
        allParents.addAll(other.parents);
        return new CitedOnlyNode(
                key,
                status,
                or(number, other.number),
                or(numberKey, other.numberKey),
                or(type, other.type),
                or(issuer, other.issuer),
                or(issuerKey, other.issuerKey),
                or(issuerSide, other.issuerSide),
                or(issuerLevel, other.issuerLevel),
                or(date, other.date),
                or(year, other.year),
                or(subject, other.subject),
                List.copyOf(allParents),
                visibility == Visibility.PUBLIC || other.visibility == Visibility.PUBLIC
                        ? Visibility.PUBLIC
                        : or(visibility, other.visibility));
    }

    private static <T> @Nullable T or(@Nullable T a, @Nullable T b) {
        return a != null ? a : b;
    }
}
