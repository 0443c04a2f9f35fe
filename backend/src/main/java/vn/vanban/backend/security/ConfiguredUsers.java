package vn.vanban.backend.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users of {@code vanban.security.users}, shared by the portal's form login and the REST API's
 * HTTP Basic. A password must name its encoding ({@code {bcrypt}…}; {@code {noop}…} for tests): a
 * bare one is refused at startup rather than failing every sign-in later.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class ConfiguredUsers {

    private static final Pattern ENCODED = Pattern.compile("^\\{[a-z0-9_-]+}.+", Pattern.CASE_INSENSITIVE);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(SecurityProperties properties) {
        return new InMemoryUserDetailsManager(users(properties.users()));
    }

    static List<UserDetails> users(Map<String, SecurityProperties.User> configured) {
        List<UserDetails> users = new ArrayList<>();
        configured.forEach((name, user) -> {
            if (user.password() == null || !ENCODED.matcher(user.password()).matches()) {
                throw new IllegalStateException("vanban.security.users." + name
                        + ".password must name its encoding: {bcrypt}… (or {noop}… for tests)");
            }
            if (user.roles().isEmpty()) {
                throw new IllegalStateException(
                        "vanban.security.users." + name + ".roles is empty: give OFFICIAL, INSPECTOR or ADMIN");
            }
            users.add(User.withUsername(name)
                    .password(user.password())
                    .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                    .build());
        });
        return users;
    }
}
