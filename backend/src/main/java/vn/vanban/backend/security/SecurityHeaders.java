package vn.vanban.backend.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** The headers both faces (portal and REST API) send. */
public final class SecurityHeaders {

    /**
     * Vaadin's bootstrap page has inline scripts and styles and {@code executeJs} evaluates code
     * ({@code new Function}), so scripts need 'unsafe-inline' and 'unsafe-eval'; everything is
     * served from the portal itself (WebJars included), so no other origin is allowed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    private SecurityHeaders() {}

    public static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentTypeOptions(c -> {})
                .frameOptions(f -> f.sameOrigin())
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN)));
    }
}
