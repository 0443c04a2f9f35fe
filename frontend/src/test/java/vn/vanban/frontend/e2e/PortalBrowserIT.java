package vn.vanban.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vanban.frontend.shell.Routes;

/**
 * The journey of issue 13 in a real headless Chromium (Debian's chromium and chromium-driver, never
 * a downloaded browser) against the running portal and a real node: search "chi thi 03" → open a
 * plan → follow its chain to 03-CT/TW → implementers (tree, timeline drawn, a province without a
 * plan) → graph (nodes drawn) → compare two plans (differences and every coverage status); then the
 * same in English. A screenshot per step under {@code target/e2e/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT extends PortalInChromium {

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
        // 1. Search from the page's box: the only query box on the search page (the header's is for
        // the other pages).
        open("/");
        WebElement box = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-box input")));
        assertThat(driver.findElements(By.cssSelector("#header-search"))).noneMatch(WebElement::isDisplayed);
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
}
