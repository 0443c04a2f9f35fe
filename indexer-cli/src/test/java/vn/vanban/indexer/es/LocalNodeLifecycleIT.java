package vn.vanban.indexer.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.cli.IndexerCli;

/** Start, stop and clean-up of nodes other than the shared test node, on ports of their own. */
class LocalNodeLifecycleIT {

    // Ports of their own, next to the shared test node's, so parallel checkouts do not collide.
    private static final int ATTACHED_PORT = Integer.getInteger("tests.es.port", 9251) + 10;
    private static final int DETACHED_PORT = Integer.getInteger("tests.es.port", 9251) + 11;

    private static LocalNodeSettings settingsFor(int port) {
        LocalNodeSettings base =
                LocalNodeSettings.fromEnvironment().withPort(port).withHeap("256m", "512m");
        String zip = System.getProperty("es.distribution.zip", "");
        return zip.isBlank()
                ? base
                : new LocalNodeSettings(base.home(), port, "256m", "512m", Path.of(zip), base.serviceUser());
    }

    @Test
    void killing_the_jvm_that_started_a_node_leaves_no_elasticsearch_behind() throws Exception {
        LocalNodeSettings settings = settingsFor(ATTACHED_PORT);
        Process jvm = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dvanban.home=" + settings.home(),
                        "-Dvanban.es.distribution=" + settings.distributionZip(),
                        AttachedNodeMain.class.getName(),
                        Integer.toString(ATTACHED_PORT)))
                .redirectErrorStream(true)
                .start();
        String ready = awaitLine(jvm, "READY");
        assertThat(ready).as("child JVM output").startsWith("READY");
        long serverPid =
                Long.parseLong(Files.readString(LocalNode.nodeDir(settings).resolve("logs/node.pid"))
                        .strip());
        assertThat(ProcessHandle.of(serverPid)).isPresent();

        jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs
        jvm.waitFor();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive))
                    .isEmpty();
            assertThat(LocalNode.status(settings).running()).isFalse();
        });
    }

    @Test
    void cli_starts_a_detached_node_that_outlives_the_command_and_stops_it() {
        LocalNodeSettings settings = settingsFor(DETACHED_PORT);
        String[] where = {
            "--es-port",
            Integer.toString(DETACHED_PORT),
            "--home",
            settings.home().toString()
        };
        try {
            System.setProperty(
                    "vanban.es.distribution", settings.distributionZip().toString());
            System.setProperty("vanban.es.heap.max", "512m");
            System.setProperty("vanban.es.heap.min", "256m");
            java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
            java.io.PrintStream console = System.out;
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                assertThat(IndexerCli.run(concat("es", "start", where))).isZero();
            } finally {
                System.setOut(console);
            }
            // The node this command started is reported as started, not "already running".
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("Elasticsearch started")
                    .doesNotContain("already running");
            assertThat(LocalNode.status(settings).hasPlugin()).isTrue();
            assertThat(IndexerCli.run(concat("es", "status", where))).isZero();
        } finally {
            assertThat(IndexerCli.run(concat("es", "stop", where))).isZero();
            System.clearProperty("vanban.es.heap.max");
            System.clearProperty("vanban.es.heap.min");
        }
        assertThat(LocalNode.status(settings).running()).isFalse();
        assertThat(IndexerCli.run(concat("es", "status", where))).isEqualTo(3);
    }

    private static String[] concat(String a, String b, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    private static String awaitLine(Process process, String prefix) throws Exception {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        return seen.toString();
    }
}
