package vn.vanban.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

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

    /**
     * Every service that connects to Elasticsearch (portal, indexer) does so as {@code vanban_portal}
     * with a password that must be given; the superuser's password only reaches the nodes and the
     * one-shot setup that creates that role and user. Read as YAML, so anchors and merge keys count.
     */
    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.cluster.yml"})
    void the_portal_never_connects_as_the_elastic_superuser(String name) throws IOException {
        String text = Files.readString(Path.of("..", name));
        assertThat(text).doesNotContain(":-changeme").doesNotContain("ELASTICSEARCH_USERNAME=elastic");
        Map<String, Object> compose = new Yaml().load(text);
        Map<String, Object> services = map(compose.get("services"));

        List<String> clients = new ArrayList<>();
        services.forEach((service, definition) -> {
            Map<String, String> env = environment(map(definition).get("environment"));
            if (env.containsKey("ELASTICSEARCH_URL")) {
                clients.add(service);
                assertThat(env.get("ELASTICSEARCH_USERNAME")).as(service).isEqualTo("vanban_portal");
                assertThat(env.get("ELASTICSEARCH_PASSWORD")).as(service).startsWith("${VANBAN_ES_PASSWORD:?");
            }
            env.forEach((key, value) -> {
                if (value.contains("ELASTIC_PASSWORD")) {
                    assertThat(service).as(key).matches("es-setup|elasticsearch|es0\\d");
                }
            });
        });
        assertThat(clients).contains("portal", "indexer");

        String setup = String.valueOf(map(services.get("es-setup")).get("command"));
        assertThat(setup)
                .contains("/_security/role/vanban_portal", "/_security/user/vanban_portal")
                .doesNotContain("\"superuser\"", "\"all\"");
        Map<String, Object> dependsOn = map(map(services.get("portal")).get("depends_on"));
        assertThat(map(dependsOn.get("es-setup"))).containsEntry("condition", "service_completed_successfully");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object yaml) {
        return yaml instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A service's environment, given either as a list of {@code KEY=value} or as a map. */
    private static Map<String, String> environment(@Nullable Object yaml) {
        Map<String, String> env = new LinkedHashMap<>();
        if (yaml instanceof List<?> list) {
            for (Object entry : list) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        } else {
            map(yaml).forEach((key, value) -> env.put(key, String.valueOf(value)));
        }
        return env;
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
