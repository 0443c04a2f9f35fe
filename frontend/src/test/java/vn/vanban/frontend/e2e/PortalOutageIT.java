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
 * Issue 14, faults: Elasticsearch stops while the portal runs. Each view shows the 503 error view
 * ({@code UnavailableView}: a plain sentence in Vietnamese, no stack trace, no host or index name;
 * to the public too, not the sign-in form this test first found), and the same pages work again by
 * themselves once the node is back. The HTTP status of a Vaadin page stays 200: Vaadin 25's
 * bootstrap answers the page and its init request with 200 whatever code the error view returns
 * (its {@code JavaScriptBootstrapHandler} writes 200); the REST API's 503 is {@code EsOutageIT}'s. A portal of its own over a
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
    void while_elasticsearch_is_down_the_views_show_the_unavailable_page_and_recover_by_itself() throws IOException {
        List<String> pages = List.of(
                "/?q=chi%20thi%2003",
                "/" + Routes.document(KEY),
                "/" + Routes.implementers(KEY),
                "/" + Routes.graph(KEY),
                "/so-sanh?keys=" + KEY + ",1-KH/TU~tu-cao-bang~2024");
        open(pages.get(0));
        assertThat(driver.findElements(By.id("unavailable"))).isEmpty();

        assertThat(LocalNode.stop(NODE)).isTrue();
        for (String page : pages) {
            open(page);
            String text = PortalInChromium.visibleText();
            assertThat(driver.findElements(By.id("unavailable")))
                    .as("%s shows %s", page, text)
                    .isNotEmpty();
            assertThat(text)
                    .as(page)
                    .contains("Dịch vụ tìm kiếm tạm thời không trả lời", "Vui lòng thử lại sau ít phút");
            assertThat(text).as(page).doesNotContain("Exception", "\tat ", "at vn.vanban", "Connection refused");
            // What the server sent, the page's own scripts included: no trace of the node or the index.
            assertThat(PortalInChromium.wire())
                    .as(page)
                    .doesNotContain("at vn.vanban", "127.0.0.1:" + NODE.port(), ALIAS, "Connection refused");
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
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        PortalInChromium.settle();
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
