package vn.vanban.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compose files are the path for servers; they cannot run here, but docker-compose must accept them. */
class ComposeFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.cluster.yml"})
    void docker_compose_accepts_the_file(String name) throws Exception {
        assertThat(config(name, true)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.cluster.yml"})
    void without_the_passwords_docker_compose_refuses_the_file(String name) throws Exception {
        assertThat(config(name, false)).isNotZero();
    }

    @Test
    void the_portal_never_connects_as_the_elastic_superuser() throws IOException {
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));
        assertThat(compose)
                .doesNotContain("ELASTICSEARCH_USERNAME=elastic")
                .doesNotContain(":-changeme")
                .contains("ELASTICSEARCH_USERNAME=vanban_portal");
    }

    /** The exit code of {@code docker-compose config}, with or without the passwords in the environment. */
    private static int config(String name, boolean passwords) throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assumeTrue(onPath("docker-compose"), "skipped: docker-compose is not installed");
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", name, "config", "-q")
                .directory(root.toFile())
                .redirectErrorStream(true);
        builder.environment().remove("ELASTIC_PASSWORD");
        builder.environment().remove("VANBAN_ES_PASSWORD");
        if (passwords) {
            builder.environment().put("ELASTIC_PASSWORD", "test-superuser");
            builder.environment().put("VANBAN_ES_PASSWORD", "test-portal");
        }
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (passwords) {
            assertThat(process.exitValue()).as(output).isZero();
        } else {
            assertThat(output).as(output).contains("PASSWORD");
        }
        return process.exitValue();
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
