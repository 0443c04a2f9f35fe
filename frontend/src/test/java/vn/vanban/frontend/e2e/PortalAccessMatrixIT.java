package vn.vanban.frontend.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.vanban.frontend.shell.Routes;

/**
 * Issue 14's access matrix for the portal's views (the REST API has its own, {@code
 * AccessMatrixIT}): every route × anonymous, official, inspector and admin, through the real
 * SecurityFilterChain, form login and the views' {@code @AnonymousAllowed} / {@code @RolesAllowed},
 * in Chromium. For the public, nothing the server sends a page (its HTML and every answer to the
 * browser's requests, not only what is drawn) names the INTERNAL plan 12-KH/HU or its subject — not
 * as a search hit, a link in a chain, a node of the graph or the implementers, a "cited by" entry
 * nor a comparison; the chain of the PUBLIC plan that implements it still reaches the directive,
 * through a placeholder. Officials and above read it. The upload page is for administrators, the
 * comparison's report for inspectors and administrators.
 */
class PortalAccessMatrixIT extends PortalInChromium {

    private final PortalFixture.Trust trust = PortalFixture.get().trust;

    /** A view as a role saw it: the text drawn and everything the server sent. */
    record Seen(String text, String wire, boolean upload, boolean report, boolean loginForm) {}

    /** What a route's own URL or page legitimately names of the INTERNAL plan. */
    enum Names {
        NOTHING,
        /** The PUBLIC plan's own text cites the INTERNAL one by number ("Thực hiện Kế hoạch số 12-KH/HU"). */
        NUMBER_IN_ITS_TEXT,
        /** The query is words of the INTERNAL plan's subject (echoed in the box and the title). */
        WORDS_IN_URL,
        /** The URL holds the INTERNAL plan's key or number (echoed in "not found" and the page title). */
        KEY_IN_URL
    }

    record Route(String path, Names names) {}

    private List<Route> routes() {
        String q = URLEncoder.encode(TrustDocuments.INTERNAL_WORDS, StandardCharsets.UTF_8);
        String number = URLEncoder.encode(TrustDocuments.INTERNAL, StandardCharsets.UTF_8);
        return List.of(
                new Route("/", Names.NOTHING),
                new Route("/?q=" + q, Names.WORDS_IN_URL),
                new Route("/?q=" + number, Names.KEY_IN_URL),
                new Route("/?q=&tinh=" + URLEncoder.encode("Cao Bằng", StandardCharsets.UTF_8), Names.NOTHING),
                new Route("/" + Routes.document(trust.internal()), Names.KEY_IN_URL),
                new Route("/" + Routes.document(trust.child()), Names.NUMBER_IN_ITS_TEXT),
                new Route("/" + Routes.document(trust.directive()), Names.NOTHING),
                new Route("/" + Routes.graph(trust.child()), Names.NOTHING),
                new Route("/" + Routes.graph(trust.directive()) + "?cap-duoi=3", Names.NOTHING),
                new Route("/" + Routes.graph(trust.internal()), Names.KEY_IN_URL),
                new Route("/" + Routes.implementers(trust.directive()), Names.NOTHING),
                new Route("/" + Routes.implementers(trust.directive()) + "?xem=theo-doi", Names.NOTHING),
                new Route("/" + Routes.implementers(trust.internal()), Names.KEY_IN_URL),
                new Route("/" + Routes.implementers(trust.internal()) + "?xem=theo-doi", Names.KEY_IN_URL),
                new Route("/" + Routes.compare(List.of(trust.internal(), trust.child())), Names.KEY_IN_URL),
                new Route("/" + Routes.compare(List.of(trust.upper(), trust.lower())), Names.NOTHING),
                new Route("/" + Routes.UPLOAD, Names.NOTHING),
                new Route("/" + Routes.STATUS, Names.NOTHING),
                new Route("/dang-nhap", Names.NOTHING));
    }

    @Test
    void every_route_for_every_role_shows_what_the_role_may_read_and_no_more() {
        Map<String, Map<String, Seen>> seen = new LinkedHashMap<>();
        for (String role : new String[] {null, "official", "inspector", "admin"}) {
            seen.put(role == null ? "anonymous" : role, visitAll(role));
        }

        // The public: no trace of the INTERNAL plan anywhere (every route checked before failing).
        SoftAssertions soft = new SoftAssertions();
        for (Route route : routes()) {
            Seen page = seen.get("anonymous").get(route.path());
            List<String> marks = new ArrayList<>(List.of(TrustDocuments.INTERNAL_SUBJECT, "Lục Văn Khánh"));
            if (route.names() != Names.WORDS_IN_URL) {
                marks.add(TrustDocuments.INTERNAL_WORDS);
            }
            if (route.names() != Names.KEY_IN_URL) {
                // Not even a link to it: the key is never sent.
                marks.add(trust.internal());
            }
            if (route.names() == Names.NOTHING || route.names() == Names.WORDS_IN_URL) {
                marks.addAll(List.of(TrustDocuments.INTERNAL, "12-KH\\/HU"));
            }
            soft.assertThat(page.wire())
                    .as("sent to the public by %s", route.path())
                    .doesNotContain(marks);
            soft.assertThat(page.text())
                    .as("shown to the public by %s", route.path())
                    .doesNotContain(marks);
            soft.assertThat(page.upload())
                    .as("upload form for the public at %s", route.path())
                    .isFalse();
            soft.assertThat(page.report())
                    .as("compare report for the public at %s", route.path())
                    .isFalse();
        }
        Map<String, Seen> anonymous = seen.get("anonymous");
        // The chain passes through the hidden plan, unnamed, up to the directive.
        Seen child = anonymous.get("/" + Routes.document(trust.child()));
        soft.assertThat(child.text()).contains(TrustDocuments.DIRECTIVE, "văn bản không hiển thị");
        // The upload page sends the public to the sign-in form.
        soft.assertThat(anonymous.get("/" + Routes.UPLOAD).loginForm()).isTrue();

        for (String role : List.of("official", "inspector", "admin")) {
            Map<String, Seen> pages = seen.get(role);
            soft.assertThat(pages.get("/" + Routes.document(trust.internal())).text())
                    .as(role)
                    .contains(TrustDocuments.INTERNAL, TrustDocuments.INTERNAL_SUBJECT);
            soft.assertThat(pages.get("/" + Routes.document(trust.child())).text())
                    .as(role)
                    .contains(TrustDocuments.INTERNAL, TrustDocuments.DIRECTIVE)
                    .doesNotContain("văn bản không hiển thị");
            soft.assertThat(pages.get("/?q=" + URLEncoder.encode(TrustDocuments.INTERNAL_WORDS, StandardCharsets.UTF_8))
                            .text())
                    .as(role)
                    .contains(TrustDocuments.INTERNAL);
            soft.assertThat(pages.get("/" + Routes.document(trust.directive())).text())
                    .as(role)
                    .contains(TrustDocuments.INTERNAL);
            boolean admin = role.equals("admin");
            soft.assertThat(pages.get("/" + Routes.UPLOAD).upload())
                    .as("upload form for %s", role)
                    .isEqualTo(admin);
            boolean exports = !role.equals("official");
            soft.assertThat(pages.get("/" + Routes.compare(List.of(trust.upper(), trust.lower())))
                            .report())
                    .as("compare report for %s", role)
                    .isEqualTo(exports);
        }
        soft.assertAll();
    }

    private Map<String, Seen> visitAll(@Nullable String role) {
        if (role == null) {
            signOut();
        } else {
            signIn(role, role + "-pw");
        }
        Map<String, Seen> pages = new LinkedHashMap<>();
        for (Route route : routes()) {
            open(route.path());
            settle();
            pages.put(
                    route.path(),
                    new Seen(
                            visibleText(),
                            wire(),
                            present(By.id("upload")),
                            present(By.id("compare-report")),
                            present(By.cssSelector("vaadin-login-form"))));
        }
        return pages;
    }

    private static boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }
}
