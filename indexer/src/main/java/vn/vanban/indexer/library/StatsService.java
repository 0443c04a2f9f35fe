package vn.vanban.indexer.library;

import java.util.Optional;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.index.DocumentIndex;
import vn.vanban.indexer.index.IndexStats;

/** Counts of the index ({@code indexer stats}). */
public final class StatsService {

    private final DocumentIndex index;
    private final GraphState graphState;

    StatsService(DocumentIndex index, GraphState graphState) {
        this.index = index;
        this.graphState = graphState;
    }

    /** Counts over what the audience may see: a document it may not see is not counted. */
    public IndexStats stats(Audience audience) {
        index.ensureExists();
        index.refresh();
        return index.stats(audience);
    }

    /** The graph's stale mark: set when a change to the documents was not followed by a refresh. */
    public Optional<GraphState.Stale> staleGraph() {
        return graphState.stale();
    }
}
