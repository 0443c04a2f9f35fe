package vn.vanban.frontend.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 14: while Elasticsearch does not answer, loading a page that reads the index answers a real
 * {@code 503} with {@code Retry-After}, a short page in Vietnamese and English (the sentences of
 * {@link UnavailableView}; no stack trace, host or index) that loads the page again by itself, so
 * the visitor sees the portal come back without doing anything.
 *
 * <p>Why a filter: Vaadin answers the page load (index.html) with 200 before any view runs; the
 * route is resolved by the request the page's script makes next, so the 503 an error view returns
 * never reaches the HTTP status (vaadin/flow#13421). {@code vaadin.eagerServerLoad=true} resolves
 * the route during the page load and does keep the status ({@code Router.initializeUI}), but in
 * Vaadin 25.2 it writes the view's first state into a {@code <script>} of index.html as plain JSON
 * ({@code IndexHtmlRequestHandler.addInitialFlow}: {@code initialJson.toString()}, where no
 * {@code <} is escaped, unlike the older {@code BootstrapHandler}): a document whose text holds
 * {@code </script>}, as our hostile fixtures ({@code TrustDocuments}) do, would end that script. {@link UnavailableView} still shows the same sentences when the node
 * goes away while a page is open (navigation inside the page is not a page load).
 *
 * <p>Only GETs of a page ({@code Accept: text/html}) on the reading routes ({@link
 * Routes#readsTheIndex}, all public) are answered here; Vaadin's own requests ({@code v-r=}),
 * static files, the REST API (its own 503 problem), the status page (which reports the outage) and
 * the sign-in page pass. Ordered last, after Spring Security's chain, so that nothing security
 * refuses is answered.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OutagePage extends OncePerRequestFilter {

    /** How long the visitor is asked to wait; the page reloads itself after as long. */
    static final int RETRY_AFTER_SECONDS = 15;

    private final ElasticsearchProbe probe;
    private final Translations translations;

    OutagePage(ElasticsearchProbe probe, Translations translations) {
        this.probe = probe;
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPageLoad(request);
    }

    static boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod())
                && accept != null
                && accept.contains("text/html")
                // Vaadin's requests to its servlet (init, UIDL, heartbeat, uploads) carry v-r=.
                && request.getParameter("v-r") == null
                && Routes.readsTheIndex(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (probe.answers()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(page());
    }

    /** Vietnamese first, then English; the same sentences as {@link UnavailableView}. */
    String page() {
        Locale vi = Language.VIETNAMESE.locale();
        Locale en = Language.ENGLISH.locale();
        return """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d">
                <title>%s / %s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;\
                line-height:1.5;color:#1a1a1a}h1,h2{font-size:1.4rem}section{margin-bottom:2rem}</style>
                </head>
                <body>
                <main id="unavailable">
                <section><h1>%s</h1><p>%s</p><p>%s</p></section>
                <section lang="en"><h2>%s</h2><p>%s</p><p>%s</p></section>
                </main>
                </body>
                </html>
                """.formatted(
                        RETRY_AFTER_SECONDS,
                        text("unavailable.title", vi),
                        text("unavailable.title", en),
                        text("unavailable.title", vi),
                        text("unavailable.detail", vi),
                        text("unavailable.retry", vi, RETRY_AFTER_SECONDS),
                        text("unavailable.title", en),
                        text("unavailable.detail", en),
                        text("unavailable.retry", en, RETRY_AFTER_SECONDS));
    }

    private String text(String key, Locale locale, Object... parameters) {
        return HtmlUtils.htmlEscape(translations.getTranslation(key, locale, parameters), "UTF-8");
    }
}
