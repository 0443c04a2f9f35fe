package vn.vanban.frontend.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import vn.vanban.backend.security.SecurityHeaders;

/**
 * The portal's chain (the REST API has its own, ordered first): Vaadin's configurer with our form
 * login; static files (WebJars, our CSS) open, since a redirect to the login page would silently
 * break every page; views decide with {@code @AnonymousAllowed} / {@code @RolesAllowed}. When an
 * OpenID Connect provider is configured ({@code spring.security.oauth2.client.registration.*}, see
 * the README) its login is offered too.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                        "/webjars/**",
                        "/styles/**",
                        "/scripts/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/" + LoginView.ROUTE));
        }
        SecurityHeaders.apply(http);
        return http.build();
    }
}
