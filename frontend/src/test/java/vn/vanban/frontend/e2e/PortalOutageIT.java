package vn.vanban.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
import vn.vanban.indexer.testing.OwnNode;

/**
 * Issue 14, faults: Elasticsearch stops while the portal runs. Loading a page that reads the index
 * answers a real 503 with {@code Retry-After} and a short page in Vietnamese and English
 * ({@code OutagePage}: no stack trace, no host or index name) that loads itself again, so the
 * browser comes back to the portal by itself once the node is back; a navigation inside a page that
 * was open shows the 503 error view ({@code UnavailableView}, the same sentences; to the public too,
 * not the sign-in form this test first found); the REST API answers its problem JSON 503 as before,
 * the status page still renders. Without {@code OutagePage} the page loads answered 200 (Vaadin
 * answers index.html before any view runs, vaadin/flow#13421). A portal of its own over a node of
 * its own on {@code tests.es.port + 31} (the REST API's outage test uses + 30), so the shared test
 * node is not harmed; the JVM's Chromium of the other browser tests.
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
    private static final LocalNodeSettings NODE = OwnNode.at(31).settings();
    private static final String KEY = "03-CT/TW~tw~2021";
    private static final String PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    private static ChromeDriver driver;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

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
    void while_elasticsearch_is_down_pages_answer_503_with_a_plain_message_and_recover_by_themselves()
            throws Exception {
        List<String> pages = List.of(
                "/?q=chi%20thi%2003",
                "/" + Routes.document(KEY),
                "/" + Routes.implementers(KEY),
                "/" + Routes.graph(KEY),
                "/so-sanh?keys=" + KEY + ",1-KH/TU~tu-cao-bang~2024");
        List<String> plain = List.of("/", "/" + Routes.document(KEY), "/" + Routes.implementers(KEY));
        open(pages.get(0));
        assertThat(driver.findElements(By.id("unavailable"))).isEmpty();
        assertThat(get("/").statusCode()).isEqualTo(200);

        // The status page, whose header has the search box (the search page has its own).
        open("/" + Routes.STATUS);

        assertThat(LocalNode.stop(NODE)).isTrue();

        // A navigation inside the open page: Vaadin's error view, with the same sentences.
        WebElement box = driver.findElement(By.cssSelector("#header-search input"));
        box.sendKeys("nghi quyet", Keys.ENTER);
        PortalInChromium.waitFor()
                .until(d -> !d.findElements(By.id("unavailable")).isEmpty());
        assertThat(PortalInChromium.visibleText())
                .contains("Dịch vụ tìm kiếm tạm thời không trả lời", "Vui lòng thử lại sau ít phút");

        // A page load: a real 503 (once the probe, asked at most every few seconds, has seen the node go).
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(get("/").statusCode()).isEqualTo(503));
        for (String page : plain) {
            HttpResponse<String> answer = get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).as(page).hasValue("15");
            assertThat(answer.headers().firstValue("Cache-Control")).as(page).hasValue("no-store");
            assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                    .as(page)
                    .startsWith("text/html");
            assertThat(answer.body())
                    .as(page)
                    .contains("Dịch vụ tìm kiếm tạm thời không trả lời", "Search is temporarily unavailable")
                    .doesNotContain(
                            "Exception", "at vn.vanban", "127.0.0.1:" + NODE.port(), ALIAS, "Connection refused");
        }
        HttpResponse<String> api = get("/api/search?q=chi%20thi", "application/json");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("search-unavailable").doesNotContain(ALIAS, "127.0.0.1:" + NODE.port());
        // The status page reports the outage; it is not replaced by the 503 page.
        assertThat(get("/" + Routes.STATUS).statusCode()).isEqualTo(200);

        for (String page : pages) {
            openDuringOutage(page);
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
        // No restart of the portal, no call to make, not even a reload: the last 503 page loads itself
        // again and is the portal's page.
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .pollingEvery(Duration.ofSeconds(1))
                .until(d -> d.findElements(By.id("unavailable")).isEmpty()
                        && Boolean.TRUE.equals(PortalInChromium.js("return !!(window.Vaadin && window.Vaadin.Flow);")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(get("/").statusCode()).isEqualTo(200));
        for (String page : plain) {
            assertThat(get(page).statusCode()).as(page).isEqualTo(200);
        }
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

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, PAGE_ACCEPT);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A page load during the outage: the 503 page (no Vaadin on it) or, before the probe noticed, the error view. */
    private void openDuringOutage(String path) {
        driver.get("http://localhost:" + port + path);
        PortalInChromium.waitFor()
                .until(d -> !d.findElements(By.id("unavailable")).isEmpty());
        if (Boolean.TRUE.equals(PortalInChromium.js("return !!(window.Vaadin && window.Vaadin.Flow);"))) {
            PortalInChromium.settle();
        }
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        PortalInChromium.settle();
    }
}
