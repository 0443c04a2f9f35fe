package vn.vanban.indexer.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.EsEndpoint;

/** {@code -Dtests.es=docker}: the official image with our plugin installed, for users with Docker. */
final class DockerElasticsearch {

    private DockerElasticsearch() {}

    static EsConnection start() {
        Path plugin = Path.of("target/classes/vn/vanban/indexer/es/analysis-vietnamese.zip")
                .toAbsolutePath();
        if (!Files.isRegularFile(plugin)) {
            throw new IllegalStateException("No plugin zip at " + plugin + "; run the build from the project root.");
        }
        @SuppressWarnings("resource") // Testcontainers' Ryuk reaps the container when the JVM ends.
        ElasticsearchContainer container = new ElasticsearchContainer(
                        DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch:8.19.21"))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx1g")
                .withCopyFileToContainer(MountableFile.forHostPath(plugin), "/tmp/analysis-vietnamese.zip")
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint(
                        "/bin/bash",
                        "-c",
                        "bin/elasticsearch-plugin install --batch file:///tmp/analysis-vietnamese.zip"
                                + " && exec /bin/tini -- /usr/local/bin/docker-entrypoint.sh eswrapper"));
        container.start();
        return EsConnection.to(new EsEndpoint("http://" + container.getHttpHostAddress(), null, null, null));
    }
}
