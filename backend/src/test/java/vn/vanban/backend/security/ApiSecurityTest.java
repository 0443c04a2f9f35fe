package vn.vanban.backend.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API's chain with the real users, rate limit and headers: an endpoint that answers the
 * audience it was given stands in for the API's controllers.
 */
@SpringBootTest(
        classes = ApiSecurityTest.Application.class,
        properties = {
            "vanban.security.users.lan.password={noop}lan-pw",
            "vanban.security.users.lan.roles=OFFICIAL",
            "vanban.security.users.admin.password={noop}admin-pw",
            "vanban.security.users.admin.roles=ADMIN",
            "vanban.security.rate-limit.requests=5"
        })
class ApiSecurityTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import({ApiSecurityConfiguration.class, ConfiguredUsers.class, PublicRateLimit.class, AudienceEcho.class})
    static class Application {}

    @RestController
    static class AudienceEcho {
        @GetMapping("/api/audience")
        String audience() {
            return Audiences.current().name();
        }

        @GetMapping("/api/admin/users")
        String users() {
            return "users";
        }
    }

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void an_anonymous_call_reads_as_the_public_and_a_basic_authenticated_one_with_its_role() throws Exception {
        mvc.perform(get("/api/audience").with(r -> remote(r, "10.1.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string("PUBLIC"));
        mvc.perform(get("/api/audience").with(httpBasic("lan", "lan-pw")))
                .andExpect(status().isOk())
                .andExpect(content().string("OFFICIAL"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void a_wrong_password_is_refused_rather_than_read_as_the_public() throws Exception {
        mvc.perform(get("/api/audience").with(httpBasic("lan", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void the_admin_endpoints_need_the_admin_role() throws Exception {
        mvc.perform(get("/api/admin/users").with(r -> remote(r, "10.1.0.2"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/users").with(httpBasic("lan", "lan-pw"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/users").with(httpBasic("admin", "admin-pw")))
                .andExpect(status().isOk());
    }

    @Test
    void a_public_flood_gets_429_with_retry_after_while_a_signed_in_user_keeps_working() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/audience").with(r -> remote(r, "10.9.9.9"))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/audience").with(r -> remote(r, "10.9.9.9")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                // A problem detail (RFC 9457) like every other error, in both languages.
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.type").value("/api/problems/too-many-requests"))
                .andExpect(jsonPath("$.title").value("Quá nhiều yêu cầu / Too many requests"));
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/audience").with(httpBasic("lan", "lan-pw")).with(r -> remote(r, "10.9.9.9")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void answers_carry_the_security_headers() throws Exception {
        mvc.perform(get("/api/audience").with(r -> remote(r, "10.1.0.3")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY));
    }

    private static org.springframework.mock.web.MockHttpServletRequest remote(
            org.springframework.mock.web.MockHttpServletRequest request, String address) {
        request.setRemoteAddr(address);
        return request;
    }
}
