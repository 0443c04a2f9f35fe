package vn.vanban.indexer.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.EsEndpoint;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.es.LocalNodeSettings;

/** Options shared by every command that talks to Elasticsearch. */
final class EsOptions {

    @Option(
            names = "--es",
            paramLabel = "URL",
            description = "An existing cluster instead of the local node (default: $ELASTICSEARCH_URL).")
    @Nullable
    String url;

    @Option(names = "--es-port", paramLabel = "PORT", description = "Port of the local node (default 9200).")
    @Nullable
    Integer port;

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "Folder of the local node's files (default: $VANBAN_HOME).")
    @Nullable
    Path home;

    LocalNodeSettings localSettings() {
        LocalNodeSettings settings = LocalNodeSettings.fromEnvironment();
        if (port != null) {
            settings = settings.withPort(port);
        }
        if (home != null) {
            settings = settings.withHome(home.toAbsolutePath());
        }
        return settings;
    }

    @Nullable
    EsEndpoint external() {
        if (url != null && !url.isBlank()) {
            EsEndpoint fromEnv = EsEndpoint.fromEnvironment().orElse(null);
            // Credentials still come from the environment, never from the command line.
            return fromEnv == null
                    ? new EsEndpoint(url, null, null, null)
                    : new EsEndpoint(url, fromEnv.apiKey(), fromEnv.username(), fromEnv.password());
        }
        return EsEndpoint.fromEnvironment().orElse(null);
    }

    /** Like pg_ctl: commands start the local node when needed and leave it running. */
    EsConnection connect() {
        return EsConnection.open(external(), localSettings(), LocalNode.Lifecycle.DETACHED);
    }
}
