package vn.vanban.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanban.backend.ApiTestApplication;
import vn.vanban.backend.testing.ApiClient;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.index.TestIndices;
import vn.vanban.indexer.testing.OwnNode;

/**
 * Elasticsearch stops while the API runs: every endpoint answers 503 with a problem that names no
 * internals, and the API answers again by itself once the node is back. Runs its own node on
 * {@code tests.es.port + 30} so the shared test node is not harmed.
 */
@SpringBootTest(
        classes = ApiTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.index.alias=it-outage"})
class EsOutageIT {

    private static final OwnNode NODE = OwnNode.at(30);

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) throws Exception {
        try (EsConnection es = NODE.start(LocalNode.Lifecycle.DETACHED)) {
            TestIndices.fresh(es.client(), "it-outage");
        }
        Path store = Files.createTempDirectory("vanban-outage-store");
        registry.add("vanban.elasticsearch.url", NODE::url);
        registry.add("vanban.store", store::toString);
    }

    @AfterAll
    static void stop() {
        NODE.stop();
    }

    @Test
    void while_elasticsearch_is_down_the_api_answers_503_and_recovers_by_itself() throws InterruptedException {
        ApiClient api = new ApiClient(port);
        String[] paths = {
            "/api/search?q=" + ApiClient.enc("chỉ thị"),
            "/api/suggest?q=" + ApiClient.enc("03-CT"),
            "/api/documents/" + ApiClient.enc("03-CT/TW~tw~2021"),
            "/api/documents/" + ApiClient.enc("03-CT/TW~tw~2021") + "/chain",
        };
        assertThat(api.get(paths[0]).status()).isEqualTo(200);

        assertThat(NODE.stop()).isTrue();
        for (String path : paths) {
            ApiClient.Response r = api.get(path);
            assertThat(r.status()).as(path).isEqualTo(503);
            assertThat(r.contentType()).as(path).contains("json");
            assertThat(r.json().get("title").asText()).contains("tạm thời không trả lời");
            assertThat(r.text()).as(path).doesNotContain("Exception", "\tat ", "9200", "it-outage", "Connection");
        }

        try (EsConnection restarted = NODE.start(LocalNode.Lifecycle.DETACHED)) {
            assertThat(restarted.endpoint().url()).isEqualTo(NODE.url());
        }
        // No restart of the portal, no call to make: the next request after the node is back is answered.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = api.get(paths[0]).status();
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            status = api.get(paths[0]).status();
        }
        assertThat(status).isEqualTo(200);
        assertThat(api.get(paths[2]).status()).isEqualTo(404);
    }
}
