package vn.vanban.indexer.graph;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetMappingResponse;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
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
 *
 * <p>A writer that takes a while (an ingest, a reindex) holds the mark as a {@link Run}: it is recorded
 * in {@code _meta} with a heartbeat it renews every {@link #HEARTBEAT} while it writes. A refresh made
 * by a reader meanwhile rebuilds the graph from what is indexed so far but leaves the mark, because the
 * run may write more after the rebuild read the documents and then die before its own refresh; the run
 * ends ({@link Run#close}), then its own refresh clears the mark. A run whose heartbeat is older than
 * {@link #LIVE_FOR} died (its process was killed): it holds nothing any more, and the next refresh
 * clears the mark.
 */
public final class GraphState {

    /**
     * Why the graph may not show the document index.
     *
     * @param since when it was last marked: a writer's start, or its end (ISO instant)
     * @param reason what changed the documents ("ingest", "delete", "reindex")
     */
    public record Stale(String since, String reason) {}

    /** The graph cannot answer now: it is stale and could not be rebuilt. */
    public static final class StaleGraphException extends RuntimeException {
        public StaleGraphException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How often a run renews its heartbeat while it writes. */
    static final Duration HEARTBEAT = Duration.ofSeconds(20);

    /**
     * A run whose heartbeat is older than this died without ending: six missed heartbeats, far more than
     * a mapping update takes on a loaded node, and clocks of the machines that write and read agree to
     * much better than that.
     */
    static final Duration LIVE_FOR = Duration.ofMinutes(2);

    /**
     * While a run holds the mark every read would rebuild the whole graph; a read within this much of
     * the last such rebuild in this JVM answers from it instead (at most this far behind the writer,
     * as a read during a run always was).
     */
    static final Duration REBUILT_RECENTLY = Duration.ofSeconds(30);

    private static final String STALE = "stale";
    private static final String SINCE = "staleSince";
    private static final String REASON = "staleReason";
    private static final String GENERATION = "generation";
    private static final String RUNS = "runs";

    /**
     * One rebuild at a time per graph index in this JVM: readers arriving during a rebuild wait for it
     * and then find the graph fresh, rather than each scrolling the whole document index again.
     */
    private static final Map<String, Object> REBUILDING = new ConcurrentHashMap<>();

    /**
     * One read-modify-write of {@code _meta} at a time per graph index in this JVM: a mapping update
     * replaces {@code _meta} as a whole, so two writers of this JVM would drop each other's fields.
     * (Between processes the window is one request long; a run's next heartbeat writes its entry again.)
     */
    private static final Map<String, Object> WRITING = new ConcurrentHashMap<>();

    /** When this JVM last rebuilt a graph whose mark a live run kept, and that mark. */
    private static final Map<String, Rebuilt> REBUILT_WHILE_HELD = new ConcurrentHashMap<>();

    private record Rebuilt(Stale mark, Instant at) {}

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

    /**
     * Marks the graph stale before documents change, for a change made in one step (no {@link Run});
     * creates the graph index if there is none.
     */
    public void markStale(String reason) {
        new Ancestors(client, alias, clock).ensureGraphIndex();
        Instant now = clock.instant();
        update(meta -> marked(meta, now.toString(), reason, live(meta, now)));
    }

    /**
     * Marks the graph stale and records a run that is about to write documents: until it {@link
     * Run#close ends} (or its heartbeat expires), no refresh clears the mark. Creates the graph index if
     * there is none.
     */
    public Run begin(String reason) {
        new Ancestors(client, alias, clock).ensureGraphIndex();
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        update(meta -> {
            Map<String, Instant> runs = live(meta, now);
            runs.put(id, now);
            return marked(meta, now.toString(), reason, runs);
        });
        return new Run(id, reason);
    }

    /**
     * A writer's hold on the stale mark ({@link #begin}). A process that is killed stops renewing it; its
     * entry then expires after {@link #LIVE_FOR}.
     */
    public final class Run implements AutoCloseable {

        private final String id;
        private final String reason;
        private @Nullable ScheduledExecutorService beats;

        private Run(String id, String reason) {
            this.id = id;
            this.reason = reason;
        }

        /** Renews this run's heartbeat; marks the graph again if the mark was lost meanwhile. */
        public void heartbeat() {
            Instant now = clock.instant();
            update(meta -> {
                Map<String, Instant> runs = live(meta, now);
                runs.put(id, now);
                Optional<Stale> stale = stale(meta);
                return marked(
                        meta,
                        stale.map(Stale::since).orElse(now.toString()),
                        stale.map(Stale::reason).orElse(reason),
                        runs);
            });
        }

        /**
         * Renews the heartbeat every {@link #HEARTBEAT} on a daemon thread until {@link #close}: the
         * thread dies with the process, so a killed writer stops renewing.
         */
        public synchronized Run beating() {
            if (beats == null) {
                ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "graph-heartbeat-" + graph);
                    t.setDaemon(true);
                    return t;
                });
                long every = HEARTBEAT.toMillis();
                timer.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
                beats = timer;
            }
            return this;
        }

        private void beat() {
            try {
                heartbeat();
            } catch (RuntimeException e) {
                // Elasticsearch not answering now: the next heartbeat tries again; if none gets through
                // for LIVE_FOR, the run is taken for dead and the mark it leaves is cleared by a refresh
                // that has then read everything it wrote.
            }
        }

        /**
         * Ends the run: stops its heartbeat and removes it, leaving the graph marked stale (as of now:
         * a refresh that read the documents before this does not clear the mark) for the refresh that
         * follows. Never throws: if Elasticsearch is gone, the entry expires after {@link #LIVE_FOR}.
         */
        @Override
        public synchronized void close() {
            if (beats != null) {
                beats.shutdownNow();
                beats = null;
            }
            Instant now = clock.instant();
            try {
                update(meta -> {
                    Map<String, Instant> runs = live(meta, now);
                    runs.remove(id);
                    return marked(
                            meta, now.toString(), stale(meta).map(Stale::reason).orElse(reason), runs);
                });
            } catch (RuntimeException e) {
                // See the method's comment: the mark stays, the entry expires.
            }
        }
    }

    /** The mark, or empty when the graph is fresh (or there is no graph index yet). */
    public Optional<Stale> stale() {
        return stale(meta());
    }

    /**
     * An opaque value that changes whenever the graph may have changed: at every stale mark and at every
     * refresh that wrote or removed a node (a run's heartbeat does not count). One request (the graph
     * index's mapping); a reader that keeps something computed from the graph (the descendants of a
     * directive) keeps it while this is equal.
     */
    public String generation() {
        StringBuilder out = new StringBuilder();
        Map<String, JsonData> meta = new TreeMap<>(meta());
        meta.remove(RUNS);
        meta.forEach((k, v) -> out.append(k).append('=').append(v.toJson()).append(';'));
        return out.toString();
    }

    /**
     * Rebuilds the graph if it is marked stale, so that a read answers from what is indexed.
     *
     * @throws StaleGraphException when it is stale and the rebuild fails
     */
    public void rebuildIfStale() {
        if (!needsRebuild(meta())) {
            return;
        }
        synchronized (REBUILDING.computeIfAbsent(graph, g -> new Object())) {
            Map<String, JsonData> meta = meta();
            if (!needsRebuild(meta)) {
                return;
            }
            Stale stale = stale(meta).orElseThrow();
            try {
                new Ancestors(client, alias, clock).refresh();
                Instant now = clock.instant();
                if (!live(meta(), now).isEmpty()) {
                    REBUILT_WHILE_HELD.put(graph, new Rebuilt(stale, now));
                }
            } catch (RuntimeException e) {
                throw new StaleGraphException(
                        "Đồ thị tham chiếu đang được dựng lại / the reference graph is being rebuilt (stale since "
                                + stale.since() + ", " + stale.reason()
                                + ") and could not be rebuilt now: " + e.getMessage()
                                + "; it is rebuilt at the next read or by graph-refresh",
                        e);
            }
        }
    }

    /** Stale, and not rebuilt by this JVM a moment ago under the same mark while a live run keeps it. */
    private boolean needsRebuild(Map<String, JsonData> meta) {
        Optional<Stale> stale = stale(meta);
        if (stale.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Rebuilt rebuilt = REBUILT_WHILE_HELD.get(graph);
        return rebuilt == null
                || !rebuilt.mark().equals(stale.get())
                || live(meta, now).isEmpty()
                || rebuilt.at().plus(REBUILT_RECENTLY).isBefore(now);
    }

    /**
     * Records a completed refresh: clears the mark it made true, unless the graph was marked again since
     * {@code seen} was read (a change that the refresh may not have seen) or a run that may still write
     * holds it (its heartbeat is younger than {@link #LIVE_FOR}); and gives the graph a new {@link
     * #generation} when the refresh changed it.
     */
    void refreshed(Optional<Stale> seen, boolean changed) {
        Instant now = clock.instant();
        JsonData generation = JsonData.of(now + "/" + UUID.randomUUID());
        update(meta -> {
            if (seen.isPresent() && stale(meta).equals(seen) && live(meta, now).isEmpty()) {
                Map<String, JsonData> fresh = new HashMap<>(meta);
                fresh.keySet().removeAll(List.of(SINCE, REASON, RUNS));
                fresh.put(STALE, JsonData.of(false));
                fresh.put(GENERATION, generation);
                return fresh;
            }
            if (changed) {
                Map<String, JsonData> next = new HashMap<>(meta);
                next.put(GENERATION, generation);
                return next;
            }
            return meta;
        });
    }

    /** {@code meta} marked stale with these values; the fields of others are kept. */
    private static Map<String, JsonData> marked(
            Map<String, JsonData> meta, String since, String reason, Map<String, Instant> runs) {
        Map<String, JsonData> out = new HashMap<>(meta);
        out.put(STALE, JsonData.of(true));
        out.put(SINCE, JsonData.of(since));
        out.put(REASON, JsonData.of(reason));
        Map<String, String> beats = new TreeMap<>();
        runs.forEach((id, beat) -> beats.put(id, beat.toString()));
        out.put(RUNS, JsonData.of(beats));
        return out;
    }

    /** The runs of {@code meta} whose heartbeat is younger than {@link #LIVE_FOR} at {@code now}. */
    static Map<String, Instant> live(Map<String, JsonData> meta, Instant now) {
        Map<String, Instant> runs = new HashMap<>();
        JsonData value = meta.get(RUNS);
        if (value == null) {
            return runs;
        }
        JsonValue json = value.toJson();
        if (!(json instanceof JsonObject object)) {
            return runs;
        }
        object.forEach((id, beat) -> {
            if (beat instanceof JsonString s) {
                try {
                    Instant at = Instant.parse(s.getString());
                    if (at.plus(LIVE_FOR).isAfter(now)) {
                        runs.put(id, at);
                    }
                } catch (DateTimeParseException e) {
                    // Not a heartbeat this code wrote: no run holds the mark through it.
                }
            }
        });
        return runs;
    }

    /** One read and one write of {@code _meta}, not interleaved with another of this JVM. */
    private void update(UnaryOperator<Map<String, JsonData>> change) {
        synchronized (WRITING.computeIfAbsent(graph, g -> new Object())) {
            Map<String, JsonData> meta = meta();
            Map<String, JsonData> next = change.apply(meta);
            if (next != meta) {
                putMeta(next);
            }
        }
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
