package vn.vanban.frontend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.frontend.e2e.TrustDocuments.ALERT;
import static vn.vanban.frontend.e2e.TrustDocuments.FORGED_MARK;
import static vn.vanban.frontend.e2e.TrustDocuments.IMG;
import static vn.vanban.frontend.e2e.TrustDocuments.JAVASCRIPT_LINK;
import static vn.vanban.frontend.e2e.TrustDocuments.SCRIPT;
import static vn.vanban.frontend.e2e.TrustDocuments.SVG;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vanban.frontend.shell.Routes;

/**
 * Issue 14, "document text is data, never markup", in the real headless Chromium: the hostile
 * {@link TrustDocuments} (script, {@code onerror}, {@code onload}, {@code javascript:} links, a
 * forged {@code <mark>}) opened in every view that shows document text — the document page, search
 * cards and snippets, the comparison and its printable report, the implementers and follow-up tabs,
 * the graph — and a payload put in the URL. A payload that ran would set {@code window.__xss} or call
 * {@code alert} (hooked before the page's own scripts, see {@link PortalInChromium}); each view must
 * show the payload's characters as text instead.
 */
class XssBrowserIT extends PortalInChromium {

    private final PortalFixture.Trust trust = PortalFixture.get().trust;

    @Test
    void the_document_page_shows_hostile_text_as_text() throws IOException {
        open("/" + Routes.document(trust.directive()));
        waitFor().until(ExpectedConditions.textToBe(By.id("document-number"), TrustDocuments.DIRECTIVE));
        assertNoScriptRan("the directive's page");
        String text = visibleText();
        // Subject, outline, body, signer and recipients carry payloads.
        assertThat(text).contains(SCRIPT, IMG, SVG, ALERT, JAVASCRIPT_LINK, FORGED_MARK);
        shot("xss-document");

        for (String key : List.of(trust.upper(), trust.lower())) {
            open("/" + Routes.document(key));
            waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("document-text")));
            assertNoScriptRan(key);
            assertThat(visibleText()).as(key).contains(SCRIPT, IMG, SVG, ALERT, FORGED_MARK);
        }
    }

    @Test
    void search_cards_and_highlighted_snippets_show_hostile_text_as_text() throws IOException {
        open("/?q=" + TrustDocuments.HOSTILE_WORD);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".vb-result")));
        assertNoScriptRan("the search results");
        assertThat(driver.findElements(By.cssSelector(".vb-result .vb-mark")))
                .as("highlighted matches")
                .isNotEmpty();
        // The forged highlight stays characters: the only marks are the highlighter's, each around the word.
        assertThat(driver.findElements(By.cssSelector(".vb-result .vb-mark")))
                .allSatisfy(mark -> assertThat(mark.getText()).isEqualToIgnoringCase(TrustDocuments.HOSTILE_WORD));
        assertThat(visibleText()).contains(SCRIPT);
        shot("xss-search");

        // The payload as the query: in the box, the title and the "nothing found" help.
        open("/?q=" + URLEncoder.encode(IMG + " " + SCRIPT, StandardCharsets.UTF_8));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertNoScriptRan("a search for a payload");
    }

    @Test
    void the_comparison_and_its_printable_report_show_hostile_text_as_text() throws IOException {
        String compare = "/" + Routes.compare(List.of(trust.upper(), trust.lower()));
        open(compare);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("coverage")));
        assertNoScriptRan("the comparison");
        // The coverage list quotes the points (the rows' cells are a grid the browser draws).
        assertThat(visibleText()).contains(SCRIPT, SVG, JAVASCRIPT_LINK, ALERT, FORGED_MARK);
        shot("xss-compare");

        // The report is for inspectors; rendered as the HTML page it is, in a frame of the portal's page.
        signIn("inspector", "inspector-pw");
        open(compare);
        String href = waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("compare-report")))
                .getDomAttribute("href");
        String html = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed ' + e));",
                        href);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const frame = document.createElement('iframe');
                        frame.id = 'report-frame';
                        frame.style.width = '100%'; frame.style.height = '600px';
                        frame.onload = () => done();
                        frame.srcdoc = arguments[0];
                        document.body.appendChild(frame);
                        """, html);
        settle();
        Object ran = js("""
                const w = document.getElementById('report-frame').contentWindow;
                const d = w.document;
                const elements = d.querySelectorAll('script, img, svg, [onerror], [onload], a[href^="javascript:"]');
                return String(w.__xss) + '|' + String(window.__xss) + '|' + elements.length;
                """);
        assertThat(ran)
                .as("the report's payloads: frame hook | page hook | payload elements")
                .isEqualTo("undefined|undefined|0");
        String reportText =
                (String) js("return document.getElementById('report-frame').contentDocument.body.innerText;");
        assertThat(reportText).contains(SCRIPT, SVG, JAVASCRIPT_LINK, ALERT, FORGED_MARK);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("&lt;script&gt;");
        signOut();
    }

    @Test
    void the_implementers_follow_up_and_graph_views_show_hostile_text_as_text() throws IOException {
        open("/" + Routes.implementers(trust.directive()));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("implementers-tree")));
        waitFor().until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-drawn", "true"));
        assertNoScriptRan("the implementers of the directive");
        shot("xss-implementers");

        open("/" + Routes.implementers(trust.upper()) + "?xem=theo-doi");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("implementers-tabs")));
        assertNoScriptRan("the follow-up of the plan");

        open("/" + Routes.graph(trust.upper()));
        waitFor().until(d -> {
            String drawn = d.findElement(By.id("reference-graph")).getDomAttribute("data-drawn");
            return drawn != null && Integer.parseInt(drawn) >= 3;
        });
        assertNoScriptRan("the graph");
        shot("xss-graph");

        // A payload as the key in the URL comes back as text in the title of "not found".
        String hostileKey = IMG + "~" + SVG;
        for (String route :
                List.of(Routes.graph(hostileKey), Routes.document(hostileKey), Routes.implementers(hostileKey))) {
            open("/" + route);
            waitFor()
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".vb-content h2, .vb-content p")));
            assertNoScriptRan(route);
            assertThat(visibleText()).as(route).contains(IMG);
        }
    }
}
