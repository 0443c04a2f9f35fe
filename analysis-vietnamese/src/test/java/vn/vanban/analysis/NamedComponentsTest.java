package vn.vanban.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

/** The hand-written plugin files must describe exactly the classes the jar holds. */
class NamedComponentsTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path PLUGIN = Path.of("target/plugin");

    @Test
    void named_components_json_lists_every_named_component_class_under_its_interface() throws Exception {
        Map<String, Map<String, String>> expected = new HashMap<>();
        for (Class<?> type : componentClasses()) {
            String name = type.getAnnotation(NamedComponent.class).value();
            String extensible = extensibleInterface(type);
            expected.computeIfAbsent(extensible, k -> new HashMap<>()).put(name, type.getName());
        }
        JsonNode json = new ObjectMapper()
                .readTree(PLUGIN.resolve("named_components.json").toFile());
        Map<String, Map<String, String>> listed = new HashMap<>();
        json.fields()
                .forEachRemaining(group -> group.getValue()
                        .fields()
                        .forEachRemaining(component -> listed.computeIfAbsent(group.getKey(), k -> new HashMap<>())
                                .put(component.getKey(), component.getValue().asText())));
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void descriptor_names_the_plugin_and_the_elasticsearch_version() throws IOException {
        Properties descriptor = new Properties();
        try (var in = Files.newInputStream(PLUGIN.resolve("stable-plugin-descriptor.properties"))) {
            descriptor.load(in);
        }
        assertThat(descriptor.getProperty("name")).isEqualTo("analysis-vietnamese");
        assertThat(descriptor.getProperty("elasticsearch.version")).matches("8\\.\\d+\\.\\d+");
        assertThat(descriptor.getProperty("version")).doesNotContain("@");
        assertThat(descriptor.getProperty("java.version")).isEqualTo("21");
    }

    private static Iterable<Class<?>> componentClasses() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(NamedComponentsTest::load)
                    .filter(c -> c.isAnnotationPresent(NamedComponent.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NamedComponentsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stable API's extensible interface a component implements (TokenFilterFactory …). */
    private static String extensibleInterface(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getPackageName().equals("org.elasticsearch.plugin.analysis")) {
                    return i.getName();
                }
            }
        }
        throw new IllegalStateException(type + " implements no org.elasticsearch.plugin.analysis interface");
    }
}
