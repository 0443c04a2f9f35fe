package vn.vanban.indexer.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.EsEndpoint;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.es.LocalNodeSettings;

/**
 * One real Elasticsearch per test JVM, started once and shared by every {@code *IT}:
 *
 * <ul>
 *   <li>default: the managed local node with our plugin, on port {@code tests.es.port} (9251), tied
 *       to this JVM's life;
 *   <li>{@code -Dtests.es.url=http://host:9200}: an existing cluster (with the plugin installed);
 *   <li>{@code -Dtests.es=docker}: Testcontainers' official image plus our plugin, where a Docker
 *       engine exists.
 * </ul>
 *
 * There is no mock of Elasticsearch: a test that needs one talks to this.
 */
public final class TestElasticsearch {

    private static @Nullable EsConnection connection;

    private TestElasticsearch() {}

    public static synchronized EsConnection connection() {
        if (connection == null) {
            connection = open();
            EsConnection opened = connection;
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "test-es-close"));
        }
        return connection;
    }

    public static ElasticsearchClient client() {
        return connection().client();
    }

    public static String url() {
        return connection().endpoint().url();
    }

    /** Where the real documents are ({@code ../shared}); empty when absent, and the test says it skipped. */
    public static Optional<Path> sharedDir() {
        String dir = System.getProperty("shared.dir", "../../shared");
        Path path = Path.of(dir);
        return path.toFile().isDirectory() ? Optional.of(path.toAbsolutePath().normalize()) : Optional.empty();
    }

    private static EsConnection open() {
        String url = System.getProperty("tests.es.url", "");
        if (!url.isBlank()) {
            return EsConnection.to(new EsEndpoint(url, null, null, null));
        }
        if ("docker".equals(System.getProperty("tests.es", ""))) {
            return DockerElasticsearch.start();
        }
        return EsConnection.open(null, nodeSettings(0), LocalNode.Lifecycle.ATTACHED);
    }

    /**
     * The settings of a local node for tests on {@code -Dtests.es.port} + {@code portOffset}: the
     * shared node (offset 0), or a test's own node that it may stop or kill ({@link OwnNode}), from
     * the distribution zip the build names.
     */
    public static LocalNodeSettings nodeSettings(int portOffset) {
        LocalNodeSettings settings =
                LocalNodeSettings.fromEnvironment().withPort(Integer.getInteger("tests.es.port", 9251) + portOffset);
        String zip = System.getProperty("es.distribution.zip", "");
        if (zip.isBlank()) {
            return settings;
        }
        return new LocalNodeSettings(
                settings.home(),
                settings.port(),
                settings.heapMin(),
                settings.heapMax(),
                Path.of(zip),
                settings.serviceUser());
    }
}
