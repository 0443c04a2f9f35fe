package vn.vanban.backend.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vanban.security.*}: the users ({@code vanban.security.users.<name>.password} as
 * {@code {bcrypt}…} or {@code {noop}…}, {@code .roles} a list of {@link Role}) and the public rate
 * limit ({@code vanban.security.rate-limit.requests} per {@code .period} per client).
 */
@ConfigurationProperties("vanban.security")
public record SecurityProperties(Map<String, User> users, RateLimit rateLimit) {

    public SecurityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        rateLimit = rateLimit == null ? new RateLimit(0, null) : rateLimit;
    }

    public record User(String password, List<Role> roles) {
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * @param requests anonymous requests a client may make per period (a burst); 0 means the default
     *     of 120
     */
    public record RateLimit(int requests, Duration period) {
        public RateLimit {
            requests = requests <= 0 ? 120 : requests;
            period = period == null ? Duration.ofMinutes(1) : period;
        }
    }
}
