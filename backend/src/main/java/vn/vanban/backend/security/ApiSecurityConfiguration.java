package vn.vanban.backend.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The REST API ({@code /api/**}): the configured users by HTTP Basic, no session, no CSRF (no
 * cookie authenticates a request, so none can be forged); reads are open to everyone and filtered
 * by {@link Audiences}; {@code /api/admin/**} needs ADMIN. Ordered before the portal's chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ApiSecurityConfiguration {

    /**
     * A document key holds '/' ({@code 03-CT/TW~tw~2021}); the API takes it encoded as one path
     * segment ({@code %2F}, passed through by Tomcat, see ApiConfiguration), which Spring Security's
     * default firewall would refuse: as an encoded slash, and, since Tomcat leaves it encoded in the
     * servlet path, as a '%' there.
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        return firewall;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, PublicRateLimit limit) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/api/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .permitAll())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .addFilterAfter(new RateLimitFilter(limit), BasicAuthenticationFilter.class);
        SecurityHeaders.apply(http);
        return http.build();
    }
}
