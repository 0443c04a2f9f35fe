package vn.vanban.backend.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.vanban.backend.access.AudienceFilter;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.index.DocumentFields;
import vn.vanban.indexer.index.DocumentIndex;

/**
 * Which nodes of a chain or tree an audience may not read: one query for the few that are hidden,
 * rather than reading the visibility of every node.
 */
final class Readable {

    private static final int CHUNK = 10_000;

    private final ElasticsearchClient client;
    private final String alias;

    Readable(DocumentIndex index) {
        this.client = index.client();
        this.alias = index.alias();
    }

    /** The keys among {@code keys} that exist and that {@code audience} may not read. */
    Set<String> hidden(Collection<String> keys, Audience audience) {
        List<String> all = List.copyOf(new LinkedHashSet<>(keys));
        Set<String> hidden = new HashSet<>();
        try {
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<FieldValue> chunk = all.subList(i, Math.min(all.size(), i + CHUNK)).stream()
                        .map(FieldValue::of)
                        .toList();
                SearchResponse<Void> r = client.search(
                        s -> s.index(alias)
                                .size(chunk.size())
                                .source(src -> src.fetch(false))
                                .query(q -> q.bool(b -> b.filter(f -> f.terms(
                                                t -> t.field(DocumentFields.KEY).terms(v -> v.value(chunk))))
                                        .mustNot(AudienceFilter.visibleTo(audience)))),
                        Void.class);
                r.hits().hits().forEach(h -> hidden.add(h.id()));
            }
            return hidden;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
