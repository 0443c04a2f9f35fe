package vn.vanban.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.vanban.backend.testing.ApiClient;
import vn.vanban.backend.testing.ApiTest;
import vn.vanban.backend.testing.ApiTestBase;

/**
 * The README's API examples are true: every {@code curl} line of its "REST API" section is sent to
 * the API (on the fixture index, which holds the seeds the examples name) and answers 200 with
 * something in it; every {@code java -jar} path the README gives is a jar the build makes.
 */
@ApiTest
class ReadmeExamplesIT extends ApiTestBase {

    private static final Pattern CURL_URL = Pattern.compile("curl [^'\"]*['\"](http://localhost:8080([^'\"]+))['\"]");
    private static final Pattern JAR = Pattern.compile("java -jar ([\\w-]+)/target/([\\w-]+)\\.jar");

    @Test
    void every_curl_example_of_the_readme_answers_with_content() throws IOException {
        String section = restApiSection();
        List<String> checked = new ArrayList<>();
        int withVariables = 0;
        for (String line : section.lines().filter(l -> l.startsWith("curl ")).toList()) {
            Matcher m = CURL_URL.matcher(line);
            assertThat(m.find())
                    .as("a curl example with a URL on localhost:8080: %s", line)
                    .isTrue();
            String path = m.group(2);
            if (path.contains("$")) {
                withVariables++; // the follow-up scenario's plan: FollowUpApiIT proves those endpoints
                continue;
            }
            ApiClient.Response r = api().get(path);
            assertThat(r.status()).as("%s → %s", line, r.text()).isEqualTo(200);
            assertThat(r.body()).as(line).isNotEmpty();
            if (r.contentType().contains("json")) {
                assertSomething(line, r.json());
            }
            checked.add(path);
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(14);
        assertThat(withVariables)
                .as("examples that need the follow-up scenario")
                .isEqualTo(2);
    }

    @Test
    void every_jar_the_readme_runs_is_one_the_build_makes() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher m = JAR.matcher(readme);
        int jars = 0;
        while (m.find()) {
            jars++;
            Path pom = Path.of("..", m.group(1), "pom.xml");
            assertThat(pom).as(m.group()).exists();
            assertThat(Files.readString(pom))
                    .as("%s: %s builds %s.jar", m.group(), pom, m.group(2))
                    .containsAnyOf(
                            "<finalName>" + m.group(2) + "</finalName>",
                            "${project.build.directory}/" + m.group(2) + ".jar");
        }
        assertThat(jars).isPositive();
    }

    /** An answer with content: hits, suggestions, a document, paths, nodes… never an empty shell. */
    private static void assertSomething(String line, JsonNode json) {
        if (json.has("total")) {
            assertThat(json.get("total").asLong()).as(line).isPositive();
        } else if (json.has("suggestions")) {
            assertThat(json.get("suggestions")).as(line).isNotEmpty();
        } else if (json.has("paths")) {
            assertThat(json.get("paths")).as(line).isNotEmpty();
            assertThat(json.get("paths").get(0).size()).as(line).isGreaterThan(1);
        } else if (json.has("citedBy")) {
            assertThat(json.get("citedBy")).as(line).isNotEmpty();
        } else if (json.has("nodes")) {
            assertThat(json.get("edges")).as(line).isNotEmpty();
        } else if (json.has("documents")) {
            assertThat(json.get("documents")).as(line).hasSize(2);
        } else if (json.has("root")) {
            assertThat(json.get("children")).as(line).isNotEmpty();
        } else {
            assertThat(json.get("key")).as(line).isNotNull();
        }
    }

    private static String restApiSection() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("\n## REST API");
        assertThat(start).as("the README's REST API section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
