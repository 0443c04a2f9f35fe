package vn.vanban.frontend.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests {@link OutagePage} answers, and what, with a node that is gone or answers. */
class OutagePageTest {

    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @Test
    void only_a_page_load_of_a_reading_route_is_answered() {
        assertThat(OutagePage.isPageLoad(get("/", BROWSER_ACCEPT))).isTrue();
        assertThat(OutagePage.isPageLoad(get("/van-ban/03-CT/TW~tw~2021", BROWSER_ACCEPT)))
                .isTrue();
        assertThat(OutagePage.isPageLoad(get("/trien-khai/03-CT/TW~tw~2021", BROWSER_ACCEPT)))
                .isTrue();
        assertThat(OutagePage.isPageLoad(get("/so-do/03-CT/TW~tw~2021", BROWSER_ACCEPT)))
                .isTrue();
        assertThat(OutagePage.isPageLoad(get("/so-sanh", BROWSER_ACCEPT))).isTrue();

        // The status page reports the outage; signing in and uploading do not read the index on load.
        assertThat(OutagePage.isPageLoad(get("/trang-thai", BROWSER_ACCEPT))).isFalse();
        assertThat(OutagePage.isPageLoad(get("/dang-nhap", BROWSER_ACCEPT))).isFalse();
        assertThat(OutagePage.isPageLoad(get("/nhap-lieu", BROWSER_ACCEPT))).isFalse();
        // The REST API answers its own problem; static files and Vaadin's requests pass.
        assertThat(OutagePage.isPageLoad(get("/api/search", BROWSER_ACCEPT))).isFalse();
        assertThat(OutagePage.isPageLoad(get("/VAADIN/build/index.js", BROWSER_ACCEPT)))
                .isFalse();
        assertThat(OutagePage.isPageLoad(get("/styles/portal.css", "text/css,*/*;q=0.1")))
                .isFalse();
        assertThat(OutagePage.isPageLoad(get("/", "*/*"))).isFalse();
        MockHttpServletRequest init = get("/", BROWSER_ACCEPT);
        init.setParameter("v-r", "init");
        assertThat(OutagePage.isPageLoad(init)).isFalse();
        MockHttpServletRequest post = get("/", BROWSER_ACCEPT);
        post.setMethod("POST");
        assertThat(OutagePage.isPageLoad(post)).isFalse();
    }

    @Test
    void while_the_node_is_gone_a_page_load_answers_503_that_retries_in_both_languages() throws Exception {
        int gone;
        try (ServerSocket free = new ServerSocket(0)) {
            gone = free.getLocalPort();
        }
        try (RestClient client = client(gone)) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            page(client).doFilter(get("/van-ban/03-CT/TW~tw~2021", BROWSER_ACCEPT), response, chain);

            assertThat(chain.getRequest()).as("the page was not served").isNull();
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("15");
            assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
            assertThat(response.getContentType()).startsWith("text/html");
            String body = response.getContentAsString();
            assertThat(body)
                    .contains("<meta http-equiv=\"refresh\" content=\"15\">", "id=\"unavailable\"")
                    .contains("Dịch vụ tìm kiếm tạm thời không trả lời", "Vui lòng thử lại sau ít phút")
                    .contains("Search is temporarily unavailable", "reloads by itself in 15 seconds")
                    .doesNotContain("!unavailable", Integer.toString(gone), "Exception", "03-CT");
            assertThat(body.indexOf("Dịch vụ tìm kiếm")).isLessThan(body.indexOf("Search is temporarily"));
        }
    }

    @Test
    void while_the_node_answers_the_page_is_served() throws Exception {
        HttpServer node = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        node.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        node.start();
        try (RestClient client = client(node.getAddress().getPort())) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            page(client).doFilter(get("/", BROWSER_ACCEPT), response, chain);

            assertThat(chain.getRequest()).as("the page was served").isNotNull();
            assertThat(response.getStatus()).isEqualTo(200);
        } finally {
            node.stop(0);
        }
    }

    private static OutagePage page(RestClient client) {
        return new OutagePage(new ElasticsearchProbe(client, Clock.systemUTC()), new Translations());
    }

    private static RestClient client(int port) {
        return RestClient.builder(new HttpHost("127.0.0.1", port, "http")).build();
    }

    private static MockHttpServletRequest get(String path, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Accept", accept);
        return request;
    }
}
