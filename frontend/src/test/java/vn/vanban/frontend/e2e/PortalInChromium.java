package vn.vanban.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
import vn.vanban.indexer.testing.TestElasticsearch;

/**
 * The running portal (one Spring context: every subclass has the same configuration, so the test
 * framework's context cache starts it once) and one headless Chromium per test JVM (Debian's
 * chromium and chromium-driver, never a downloaded browser), shared by the browser tests to keep
 * CI time down. Every page gets, before its own scripts, the hooks the XSS tests watch
 * ({@code window.__xss}, {@code alert}) and a record of what the server sent it over XHR and fetch
 * ({@code window.__wire}), which the access tests search for leaks.
 */
@SpringBootTest(
        classes = PortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "vanban.index.alias=" + PortalFixture.ALIAS,
            "vanban.security.users.thanhtra.password={noop}thanhtra-pw",
            "vanban.security.users.thanhtra.roles=INSPECTOR",
            "vanban.security.users.official.password={noop}official-pw",
            "vanban.security.users.official.roles=OFFICIAL",
            "vanban.security.users.inspector.password={noop}inspector-pw",
            "vanban.security.users.inspector.roles=INSPECTOR",
            "vanban.security.users.admin.password={noop}admin-pw",
            "vanban.security.users.admin.roles=ADMIN",
            "vanban.security.rate-limit.requests=100000",
            // The dev-mode tools would cover the header in screenshots.
            "vaadin.devmode.devTools.enabled=false"
        })
abstract class PortalInChromium {

    static final Path SHOTS = Path.of("target", "e2e");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    /**
     * Runs in every document before its scripts. A payload that runs sets {@code window.__xss} (or
     * calls a dialog, which sets it too); the server's answers to XHR and fetch are kept.
     */
    private static final String HOOKS = """
            window.__xss = undefined;
            window.__wire = [];
            const caught = () => { window.__xss = 'dialog'; };
            window.alert = caught; window.confirm = caught; window.prompt = caught;
            const send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.send = function (...args) {
              this.addEventListener('load', () => {
                try { window.__wire.push(String(this.responseText)); } catch (e) {}
              });
              return send.apply(this, args);
            };
            const originalFetch = window.fetch;
            window.fetch = (...args) => originalFetch(...args).then(r => {
              r.clone().text().then(t => window.__wire.push(t), () => {});
              return r;
            });
            """;

    static ChromeDriver driver;

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
        Assumptions.assumeTrue(
                CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "skipped: Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        chromium();
        // Each test class starts anonymous, in Vietnamese, at the usual size.
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    }

    /** The JVM's Chromium, started on first use and quit when the JVM ends. */
    static synchronized ChromeDriver chromium() throws IOException {
        Files.createDirectories(SHOTS);
        if (driver == null) {
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        return driver;
    }

    private static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // As root Chromium needs --no-sandbox; /dev/shm is small in containers.
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
        return chrome;
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs in through the portal's form, as a person would; a fresh session first. */
    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/dang-nhap");
        WebElement name =
                waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    void signOut() {
        driver.manage().deleteAllCookies();
    }

    static void click(By by) {
        click(waitFor().until(ExpectedConditions.elementToBeClickable(by)));
    }

    static void click(WebElement element) {
        js("arguments[0].scrollIntoView({block:'center'});", element);
        element.click();
    }

    static WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Waits until the page is at rest: the server answered, every image has loaded or failed (an {@code onerror} payload
     * would have run by then) and two frames were painted.
     */
    static void settle() {
        // No request of Vaadin's client in flight (as TestBench waits), then the images.
        waitFor().until(d -> Boolean.TRUE.equals(js("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return false; }
                return Object.values(flow.clients).every(c => typeof c.isActive !== 'function' || !c.isActive());
                """)));
        waitFor().until(d -> Boolean.TRUE.equals(js("return Array.from(document.images).every(i => i.complete);")));
        ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)));");
    }

    /** The page's visible text (light DOM, where Vaadin's components keep the text we give them). */
    static String visibleText() {
        return String.valueOf(js("return document.body.innerText;"));
    }

    /** Everything the server sent this page: the HTML it was loaded with and every XHR/fetch answer. */
    static String wire() {
        @SuppressWarnings("unchecked")
        List<Object> answers = (List<Object>) js("return window.__wire || [];");
        return js("return document.documentElement.outerHTML;") + "\n"
                + String.join("\n", answers.stream().map(String::valueOf).toList());
    }

    static long number(String text) {
        Matcher m = Pattern.compile("\\d[\\d.,]*").matcher(text);
        return m.find() ? Long.parseLong(m.group().replaceAll("[.,]", "")) : -1;
    }

    static void shot(String name) throws IOException {
        // Let the last paint land (charts and the graph draw on the next frame).
        ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done));");
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static void assertNoScriptRan(String where) {
        settle();
        assertThat(js("return window.__xss === undefined ? 'none' : String(window.__xss);"))
                .as("a payload ran in %s", where)
                .isEqualTo("none");
        assertThat(
                        js(
                                "return document.querySelectorAll("
                                        + "'img[src=\"x\"], img[src=\"y\"], svg[onload], a[href^=\"javascript:\"], [onerror]').length;"))
                .as("payload elements in the DOM of %s", where)
                .isEqualTo(0L);
    }
}
