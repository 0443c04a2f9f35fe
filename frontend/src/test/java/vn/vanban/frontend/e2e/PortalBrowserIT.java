package vn.vanban.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanban.frontend.PortalApplication;
import vn.vanban.frontend.shell.Routes;
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * The journey of issue 13 in a real headless Chromium (Debian's chromium and chromium-driver, never
 * a downloaded browser) against the running portal and a real node: search "chi thi 03" → open a
 * plan → follow its chain to 03-CT/TW → implementers (tree, timeline drawn, a province without a
 * plan) → graph (nodes drawn) → compare two plans (differences and every coverage status); then the
 * same in English. A screenshot per step under {@code target/e2e/}.
 */
@SpringBootTest(
        classes = PortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vanban.index.alias=" + PortalFixture.ALIAS,
            "vanban.security.users.thanhtra.password={noop}thanhtra-pw",
            "vanban.security.users.thanhtra.roles=INSPECTOR",
            "vanban.security.rate-limit.requests=100000",
            // The dev-mode tools would cover the header in screenshots.
            "vaadin.devmode.devTools.enabled=false"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    private static final Path SHOTS = Path.of("target", "e2e");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        PortalFixture fixture = PortalFixture.get();
        registry.add("vanban.elasticsearch.url", TestElasticsearch::url);
        registry.add("vanban.store", () -> fixture.store.toString());
    }

    @BeforeAll
    static void browser() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "skipped: Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // As root Chromium needs --no-sandbox; /dev/shm is small in containers.
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @Order(1)
    void the_journey_in_vietnamese() throws IOException {
        journey("vi", "Chưa có", "văn bản");
    }

    @Test
    @Order(2)
    void the_same_journey_after_switching_to_english() throws IOException {
        open("/");
        click(By.id("language-switch"));
        waitFor().until(ExpectedConditions.textToBe(By.id("language-switch"), "Tiếng Việt"));
        journey("en", "None", "documents");
        // The choice survives a reload (cookie).
        driver.navigate().refresh();
        waitFor().until(ExpectedConditions.textToBe(By.id("language-switch"), "Tiếng Việt"));
    }

    @Test
    @Order(3)
    void the_search_page_fits_a_phone() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/?q=chi%20thi%2003");
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".vb-result")));
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("horizontal overflow in px").isLessThanOrEqualTo(0L);
            shot("phone-search");
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    @Order(4)
    void the_follow_up_tab_of_a_plan_shows_the_three_statuses_and_its_export_opens() throws IOException {
        PortalFixture f = PortalFixture.get();
        open("/" + Routes.implementers(f.followUpKey));
        click(By.id("tab-followup"));
        waitFor().until(ExpectedConditions.urlContains("xem=theo-doi"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("followup")));
        for (String status : List.of("ON_TIME", "LATE", "MISSING")) {
            assertThat(driver.findElements(By.cssSelector("#followup [data-status='" + status + "']")))
                    .as(status)
                    .isNotEmpty();
        }
        shot("followup");

        // The export link answers the table (fetched in the page, as a click would download it).
        String href = driver.findElement(By.id("followup-export-csv")).getDomAttribute("href");
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed ' + e));",
                        href);
        assertThat(csv).contains("MISSING", "LATE", "ON_TIME");
    }

    private void journey(String lang, String none, String documentsWord) throws IOException {
        // 1. Search from the header box.
        open("/");
        WebElement box =
                waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#header-search input")));
        box.sendKeys("chi thi 03", Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("q=chi"));
        WebElement count = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("result-count")));
        assertThat(count.getText()).contains(documentsWord);
        assertThat(number(count.getText())).isPositive();
        shot(lang + "-1-search");

        // 2. Open a plan (KH): among the results, or, when the query was read as the directive's
        // number, from the directive's "cited by" list.
        WebElement plan = waitFor()
                .until(d -> d.findElements(By.cssSelector(".vb-result .vb-card-title")).stream()
                        .filter(a -> a.getText().matches(".*\\d+-KH/.*")
                                || a.getText().equals("03-CT/TW"))
                        .sorted((a, b) -> Boolean.compare(
                                a.getText().equals("03-CT/TW"), b.getText().equals("03-CT/TW")))
                        .findFirst()
                        .orElse(null));
        if (plan.getText().equals("03-CT/TW")) {
            click(plan);
            waitFor().until(ExpectedConditions.textToBe(By.id("document-number"), "03-CT/TW"));
            plan = waitFor()
                    .until(d -> d.findElements(By.cssSelector("#cited-by a")).stream()
                            .filter(a -> a.getText().matches("\\d+-KH/.*"))
                            .findFirst()
                            .orElse(null));
        }
        String planNumber = plan.getText();
        click(plan);
        waitFor().until(ExpectedConditions.textToBe(By.id("document-number"), planNumber));
        shot(lang + "-2-plan");

        // 3. Follow its chain up to the directive.
        WebElement directive = waitFor()
                .until(d -> d.findElements(By.cssSelector("#chain a")).stream()
                        .filter(a -> a.getText().equals("03-CT/TW"))
                        .findFirst()
                        .orElse(null));
        click(directive);
        waitFor().until(ExpectedConditions.textToBe(By.id("document-number"), "03-CT/TW"));
        shot(lang + "-3-directive");

        // 4. Implementers: the tree, the timeline drawn, a province without a plan.
        click(By.id("open-implementers"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("implementers-tree")));
        waitFor().until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-drawn", "true"));
        assertThat(number(driver.findElement(By.id("implementers-total")).getText()))
                .isPositive();
        assertThat(number(driver.findElement(By.id("without-count")).getText())).isPositive();
        assertThat(driver.findElement(By.id("places")).getText()).contains(none);
        shot(lang + "-4-implementers");

        // 5. The graph: cytoscape drew the nodes.
        click(By.id("open-graph"));
        waitFor().until(d -> {
            String drawn = d.findElement(By.id("reference-graph")).getDomAttribute("data-drawn");
            return drawn != null && Integer.parseInt(drawn) > 10;
        });
        shot(lang + "-5-graph");

        // 6. Compare two plans.
        PortalFixture f = PortalFixture.get();
        open("/so-sanh?keys=" + f.upperKey + "," + f.lowerKey);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("coverage")));
        assertThat(driver.findElements(By.cssSelector(".vb-compare-row .vb-ins, .vb-compare-row .vb-del")))
                .isNotEmpty();
        for (String status : List.of("CARRIED", "CHANGED", "MISSING", "ADDED")) {
            assertThat(driver.findElements(By.cssSelector("#coverage [data-status='" + status + "']")))
                    .as(status)
                    .isNotEmpty();
        }
        shot(lang + "-6-compare");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static void click(By by) {
        click(waitFor().until(ExpectedConditions.elementToBeClickable(by)));
    }

    private static void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block:'center'});", element);
        element.click();
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    private static long number(String text) {
        Matcher m = Pattern.compile("\\d[\\d.,]*").matcher(text);
        return m.find() ? Long.parseLong(m.group().replaceAll("[.,]", "")) : -1;
    }

    private static void shot(String name) throws IOException {
        // Let the last paint land (charts and the graph draw on the next frame).
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done));");
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
