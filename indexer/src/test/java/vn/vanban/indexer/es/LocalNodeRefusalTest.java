package vn.vanban.indexer.es;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher does when the port is already served by something that is not our node. */
class LocalNodeRefusalTest {

    @TempDir
    Path home;

    private LocalNodeSettings settings(int port) {
        return new LocalNodeSettings(home, port, "256m", "512m", home.resolve("missing.zip"), "nobody");
    }

    @Test
    void a_node_without_the_vietnamese_plugin_is_refused_with_a_clear_message() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/_cluster/health", exchange -> reply(exchange, "{\"status\":\"green\"}"));
        server.createContext(
                "/_nodes/plugins",
                exchange -> reply(exchange, "{\"nodes\":{\"n1\":{\"plugins\":[{\"name\":\"analysis-icu\"}]}}}"));
        server.start();
        try {
            assertThatThrownBy(() ->
                            LocalNode.start(settings(server.getAddress().getPort()), LocalNode.Lifecycle.ATTACHED))
                    .isInstanceOf(LocalNodeException.class)
                    .hasMessageContaining("without the analysis-vietnamese plugin");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_port_taken_by_another_program_is_named_in_the_error() throws IOException {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LocalNode.start(settings(other.getLocalPort()), LocalNode.Lifecycle.ATTACHED))
                    .isInstanceOf(LocalNodeException.class)
                    .hasMessageContaining("Port " + other.getLocalPort())
                    .hasMessageContaining("not Elasticsearch");
        }
    }

    @Test
    void a_missing_distribution_says_where_it_was_looked_for() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        LocalNodeSettings settings = settings(free);
        assertThatThrownBy(() -> LocalNode.start(settings, LocalNode.Lifecycle.ATTACHED))
                .isInstanceOf(LocalNodeException.class)
                .hasMessageContaining(settings.distributionZip().toString());
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void a_recorded_pid_that_now_belongs_to_another_program_is_never_signalled() throws Exception {
        Process other = new ProcessBuilder("sleep", "120").start();
        try {
            LocalNodeSettings settings = settings(9);
            Path pidFile = LocalNode.nodeDir(settings).resolve("logs").resolve("node.pid");
            java.nio.file.Files.createDirectories(pidFile.getParent());
            java.nio.file.Files.writeString(pidFile, Long.toString(other.pid()));

            org.assertj.core.api.Assertions.assertThat(LocalNode.recordedNode(settings))
                    .isEmpty();
            org.assertj.core.api.Assertions.assertThat(LocalNode.stop(settings)).isFalse();
            org.assertj.core.api.Assertions.assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }
}
