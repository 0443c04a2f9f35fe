package vn.vanban.backend.access;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Map;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.access.Visibility;
import vn.vanban.indexer.index.DocumentFields;

/**
 * The filter that keeps a query to what an audience may read (issue #7: a document an audience may
 * not see is never named, listed or counted).
 */
public final class AudienceFilter {

    private AudienceFilter() {}

    /**
     * Documents whose {@code visibility} is one the audience may see. Documents indexed before the
     * field was written have no value and count as PUBLIC, which every audience sees.
     */
    public static Query visibleTo(Audience audience) {
        List<FieldValue> visible =
                audience.visible().stream().map(v -> FieldValue.of(v.name())).toList();
        return Query.of(q -> q.bool(b -> b.should(
                        s -> s.terms(t -> t.field(DocumentFields.VISIBILITY).terms(v -> v.value(visible))))
                .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field(DocumentFields.VISIBILITY)))))
                .minimumShouldMatch("1")));
    }

    /** Whether a stored document (its {@code _source}) may be read by the audience. */
    public static boolean canRead(Audience audience, Map<String, Object> source) {
        Object value = source.get(DocumentFields.VISIBILITY);
        if (value == null || (value instanceof List<?> l && l.isEmpty())) {
            return true;
        }
        for (Object v : value instanceof List<?> l ? l : List.of(value)) {
            try {
                if (!audience.canSee(Visibility.valueOf(String.valueOf(v)))) {
                    return false;
                }
            } catch (IllegalArgumentException unknown) {
                return false; // a value this code does not know is not shown to anyone it cannot place
            }
        }
        return true;
    }
}
