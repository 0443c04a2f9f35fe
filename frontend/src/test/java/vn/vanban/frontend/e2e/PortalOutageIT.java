package vn.vanban.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanban.frontend.PortalApplication;
import vn.vanban.frontend.shell.Routes;
import vn.vanban.indexer.es.EsConnection;
import vn.vanban.indexer.es.LocalNode;
import vn.vanban.indexer.es.LocalNodeSettings;
import vn.vanban.indexer.index.TestIndices;

/**
 * Issue 14, faults: Elasticsearch stops while the portal runs. Each view answers the 503 page
 * ({@code UnavailableView}: a plain sentence in Vietnamese, no stack trace, no host or index name),
 * and the same pages work again by themselves once the node is back. A portal of its own over a
 * node of its own on {@code tests.es.port + 31} (the REST API's outage test uses + 30), so the
 * shared test node is not harmed; the JVM's Chromium of the other browser tests.
 */
@SpringBootTest(
        classes = PortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vanban.index.alias=" + PortalOutageIT.ALIAS,
            "vanban.security.rate-limit.requests=100000",
            "vaadin.devmode.devTools.enabled=false"
        })
class PortalOutageIT {

    static final String ALIAS = "it-portal-outage";
    private static final LocalNodeSettings NODE = settings();
    private static final String KEY = "03-CT/TW~tw~2021";

    @LocalServerPort
    int port;

    private static ChromeDriver driver;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) throws Exception {
        try (EsConnection es = EsConnection.open(null, NODE, LocalNode.Lifecycle.DETACHED)) {
            TestIndices.fresh(es.client(), ALIAS);
        }
        Path store = Files.createTempDirectory("vanban-portal-outage-store");
        registry.add("vanban.elasticsearch.url", NODE::url);
        registry.add("vanban.store", store::toString);
    }

    @BeforeAll
    static void browser() throws IOException {
        Assumptions.assumeTrue(
                new java.io.File("/usr/bin/chromium").canExecute(),
                "skipped: Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        driver = PortalInChromium.chromium();
        driver.manage().deleteAllCookies();
    }

    @AfterAll
    static void stop() {
        LocalNode.stop(NODE);
    }

    @Test
    void while_elasticsearch_is_down_the_views_answer_503_in_words_and_recover_by_itself() throws IOException {
        List<String> pages = List.of(
                "/?q=chi%20thi%2003",
                "/" + Routes.document(KEY),
                "/" + Routes.implementers(KEY),
                "/" + Routes.graph(KEY),
                "/so-sanh?keys=" + KEY + ",1-KH/TU~tu-cao-bang~2024");
        open(pages.get(0));
        assertThat(statuses()).doesNotContain(503L);
        assertThat(driver.findElements(By.id("unavailable"))).isEmpty();

        assertThat(LocalNode.stop(NODE)).isTrue();
        for (String page : pages) {
            open(page);
            String text = PortalInChromium.visibleText();
            assertThat(driver.findElements(By.id("unavailable")))
                    .as("%s shows %s", page, text)
                    .isNotEmpty();
            assertThat(statuses()).as("HTTP statuses of %s", page).contains(503L);
            assertThat(text)
                    .as(page)
                    .contains("Dịch vụ tìm kiếm tạm thời không trả lời", "Vui lòng thử lại sau ít phút");
            assertThat(PortalInChromium.wire() + text)
                    .as(page)
                    .doesNotContain(
                            "Exception", "\tat ", "at vn.vanban", ":" + NODE.port(), ALIAS, "Connection refused");
        }
        PortalInChromium.shot("outage-503");

        try (EsConnection restarted = EsConnection.open(null, NODE, LocalNode.Lifecycle.DETACHED)) {
            assertThat(restarted.endpoint().url()).isEqualTo(NODE.url());
        }
        // No restart of the portal, no call to make: the next visit after the node is back works.
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .pollingEvery(Duration.ofSeconds(1))
                .until(d -> {
                    open(pages.get(0));
                    return d.findElements(By.id("unavailable")).isEmpty();
                });
        assertThat(driver.findElements(By.id("result-count"))).isNotEmpty();
        for (String page : pages.subList(1, pages.size())) {
            open(page);
            assertThat(driver.findElements(By.id("unavailable"))).as(page).isEmpty();
            assertThat(statuses()).as(page).doesNotContain(503L);
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        PortalInChromium.settle();
    }

    /** The page's own status and those of the requests its scripts made. */
    @SuppressWarnings("unchecked")
    private static List<Long> statuses() {
        return (List<Long>) PortalInChromium.js("const nav = performance.getEntriesByType('navigation')[0];"
                + " return [nav ? nav.responseStatus : 0].concat(window.__statuses || []);");
    }

    private static LocalNodeSettings settings() {
        LocalNodeSettings settings = LocalNodeSettings.fromEnvironment()
                .withPort(Integer.getInteger("tests.es.port", 9251) + 31)
                .withHeap("512m", "512m");
        String zip = System.getProperty("es.distribution.zip", "");
        if (!zip.isBlank()) {
            settings = new LocalNodeSettings(
                    settings.home(),
                    settings.port(),
                    settings.heapMin(),
                    settings.heapMax(),
                    Path.of(zip),
                    settings.serviceUser());
        }
        return settings;
    }
}
