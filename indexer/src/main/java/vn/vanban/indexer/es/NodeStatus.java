package vn.vanban.indexer.es;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What a look at the local node's port found.
 *
 * @param running an Elasticsearch node answers on the port
 * @param hasPlugin that node lists the analysis-vietnamese plugin
 * @param health cluster health colour, or null when nothing answers
 * @param pid the node process recorded by the launcher, if any
 */
public record NodeStatus(
        String url,
        boolean running,
        boolean hasPlugin,
        @Nullable String health,
        @Nullable Long pid,
        Path dataDir,
        Path logFile) {}
