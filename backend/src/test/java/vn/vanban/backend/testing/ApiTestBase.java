package vn.vanban.backend.testing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanban.indexer.testing.TestElasticsearch;

/** Wires the application to the test node and the fixture's store; gives an HTTP client. */
public abstract class ApiTestBase {

    @Value("${local.server.port}")
    protected int port;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        ApiFixture fixture = ApiFixture.get();
        registry.add("vanban.elasticsearch.url", TestElasticsearch::url);
        registry.add("vanban.store", () -> fixture.store.toString());
        // The ITs call from one address far more often than a public client may.
        registry.add("vanban.security.rate-limit.requests", () -> "1000000");
    }

    protected ApiClient api() {
        return new ApiClient(port);
    }

    protected ApiFixture fixture() {
        return ApiFixture.get();
    }
}
