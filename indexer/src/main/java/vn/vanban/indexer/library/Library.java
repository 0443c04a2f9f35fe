package vn.vanban.indexer.library;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import vn.vanban.indexer.graph.GraphService;
import vn.vanban.indexer.graph.GraphState;
import vn.vanban.indexer.index.DocumentIndex;

/**
 * The services over one document index (its alias) and its graph. Cheap to build; thread-safe as the
 * Elasticsearch client is. A Spring application makes one bean of each service from here.
 */
public final class Library {

    private final DocumentIndex index;
    private final GraphService graph;
    private final GraphState graphState;
    private final Clock clock;

    public Library(ElasticsearchClient client, String alias, Clock clock) {
        this.index = new DocumentIndex(client, alias, clock);
        this.graph = new GraphService(client, alias);
        this.graphState = new GraphState(client, alias, clock);
        this.clock = clock;
    }

    public Library(ElasticsearchClient client, String alias) {
        this(client, alias, Clock.systemUTC());
    }

    public IngestionService ingestion() {
        return new IngestionService(index, graphState, clock);
    }

    public DeletionService deletion() {
        return new DeletionService(index, graphState);
    }

    public DocumentService documents() {
        return new DocumentService(index, graph);
    }

    public ChainService chains() {
        return new ChainService(graph, graphState);
    }

    public ImplementersService implementers() {
        return new ImplementersService(graph, graphState);
    }

    public StatsService stats() {
        return new StatsService(index, graphState);
    }

    public ReindexService reindexing() {
        return new ReindexService(index, graphState);
    }

    public GraphRefreshService graphRefresh() {
        return new GraphRefreshService(index);
    }

    /** The document index the services work on (for tools and tests, not for reads). */
    public DocumentIndex index() {
        return index;
    }
}
