package vn.vanban.backend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Anonymous API requests beyond the client's allowance get 429 with {@code Retry-After}; signed-in
 * users pass (it runs after authentication). Not a bean, so that Boot does not also register it for
 * every URL.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final PublicRateLimit limit;

    RateLimitFilter(PublicRateLimit limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!Audiences.signedIn()) {
            PublicRateLimit.Admission admission = limit.admit(request.getRemoteAddr());
            if (!admission.allowed()) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(admission.retryAfterSeconds()));
                // RFC 9457, as every other error of the API.
                long seconds = admission.retryAfterSeconds();
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write("{\"type\":\"/api/problems/too-many-requests\",\"status\":429,"
                                + "\"title\":\"Quá nhiều yêu cầu / Too many requests\","
                                + "\"detail\":\"Thử lại sau " + seconds + " giây / Try again in " + seconds
                                + " seconds\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
