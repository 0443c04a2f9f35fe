package vn.vanban.indexer.graph;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetMappingResponse;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.index.DocumentIndex;

/**
 * Whether the graph index shows the document index: a flag in the graph index's mapping {@code _meta}
 * (no document of its own, so no graph query can meet it).
 *
 * <p>A workflow that changes documents marks the graph stale <em>before</em> it writes (while
 * Elasticsearch answers), and only a refresh that completes clears the mark ({@link
 * Ancestors#refresh}). A run that stops half-way (Elasticsearch gone, the process killed) therefore
 * leaves the mark, and the next chain or implementers read rebuilds the graph first ({@link
 * #rebuildIfStale}) instead of answering from a graph that misses what was indexed (issue 10: after a
 * stopped run {@code implementers} threw and {@code chain} returned nothing).
 */
public final class GraphState {

    /**
     * Why the graph may not show the document index.
     *
     * @param since when it was marked (ISO instant)
     * @param reason what changed the documents ("ingest", "delete", "reindex")
     */
    public record Stale(String since, String reason) {}

    /** The graph cannot answer now: it is stale and could not be rebuilt. */
    public static final class StaleGraphException extends RuntimeException {
        public StaleGraphException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String STALE = "stale";
    private static final String SINCE = "staleSince";
    private static final String REASON = "staleReason";
    private static final String GENERATION = "generation";

    /**
     * One rebuild at a time per graph index in this JVM: readers arriving during a rebuild wait for it
     * and then find the graph fresh, rather than each scrolling the whole document index again.
     */
    private static final Map<String, Object> REBUILDING = new ConcurrentHashMap<>();

    private final ElasticsearchClient client;
    private final String alias;
    private final String graph;
    private final Clock clock;

    public GraphState(ElasticsearchClient client, String alias, Clock clock) {
        this.client = client;
        this.alias = alias;
        this.graph = Ancestors.graphIndex(alias);
        this.clock = clock;
    }

    public GraphState(DocumentIndex index, Clock clock) {
        this(index.client(), index.alias(), clock);
    }

    /** Marks the graph stale before documents change; creates the graph index if there is none. */
    public void markStale(String reason) {
        new Ancestors(client, alias).ensureGraphIndex();
        putMeta(Map.of(
                STALE, JsonData.of(true),
                SINCE, JsonData.of(clock.instant().toString()),
                REASON, JsonData.of(reason)));
    }

    /** The mark, or empty when the graph is fresh (or there is no graph index yet). */
    public Optional<Stale> stale() {
        return stale(meta());
    }

    /**
     * An opaque value that changes whenever the graph may have changed: at every stale mark and at every
     * refresh that wrote or removed a node. One request (the graph index's mapping); a reader that keeps
     * something computed from the graph (the descendants of a directive) keeps it while this is equal.
     */
    public String generation() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(meta())
                .forEach((k, v) -> out.append(k).append('=').append(v.toJson()).append(';'));
        return out.toString();
    }

    private static Optional<Stale> stale(Map<String, JsonData> meta) {
        JsonData flag = meta.get(STALE);
        if (flag == null || !flag.to(Boolean.class)) {
            return Optional.empty();
        }
        return Optional.of(new Stale(text(meta.get(SINCE)), text(meta.get(REASON))));
    }

    private Map<String, JsonData> meta() {
        try {
            // One request on every chain or implementers read: a missing graph index answers empty.
            GetMappingResponse response = client.indices()
                    .getMapping(m -> m.index(graph).ignoreUnavailable(true).allowNoIndices(true));
            return response.result().values().stream()
                    .findFirst()
                    .map(IndexMappingRecord::mappings)
                    .map(m -> m.meta())
                    .orElse(Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds the graph if it is marked stale, so that a read answers from what is indexed.
     *
     * @throws StaleGraphException when it is stale and the rebuild fails
     */
    public void rebuildIfStale() {
        if (stale().isEmpty()) {
            return;
        }
        synchronized (REBUILDING.computeIfAbsent(graph, g -> new Object())) {
            Optional<Stale> stale = stale();
            if (stale.isEmpty()) {
                return;
            }
            try {
                new Ancestors(client, alias).refresh();
            } catch (RuntimeException e) {
                throw new StaleGraphException(
                        "Đồ thị tham chiếu đang được dựng lại / the reference graph is being rebuilt (stale since "
                                + stale.get().since() + ", " + stale.get().reason()
                                + ") and could not be rebuilt now: " + e.getMessage()
                                + "; it is rebuilt at the next read or by graph-refresh",
                        e);
            }
        }
    }

    /**
     * Records a completed refresh: clears the mark it made true, unless the graph was marked again since
     * {@code seen} was read (a change that the refresh may not have seen), and gives the graph a new
     * {@link #generation} when the refresh changed it. ({@code _meta} is replaced as a whole by a mapping
     * update, so each write states every field it keeps.)
     */
    void refreshed(Optional<Stale> seen, boolean changed) {
        Optional<Stale> now = stale();
        JsonData generation = JsonData.of(clock.instant() + "/" + UUID.randomUUID());
        if (seen.isPresent() && now.equals(seen)) {
            putMeta(Map.of(STALE, JsonData.of(false), GENERATION, generation));
        } else if (changed && now.isEmpty()) {
            putMeta(Map.of(GENERATION, generation));
        }
        // Marked again since: the mark already changed the generation, the next refresh clears it.
    }

    private void putMeta(Map<String, JsonData> meta) {
        try {
            client.indices().putMapping(m -> m.index(graph).meta(meta));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(@Nullable JsonData value) {
        return value == null ? "" : value.to(String.class);
    }
}
