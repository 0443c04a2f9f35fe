package vn.vanban.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicRateLimitTest {

    private final PublicRateLimit limit = new PublicRateLimit(
            new SecurityProperties(Map.of(), new SecurityProperties.RateLimit(3, Duration.ofMinutes(1))));

    @Test
    void a_client_beyond_its_allowance_is_told_when_to_come_back_while_another_client_passes() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.admit("10.0.0.1").allowed()).isTrue();
        }
        PublicRateLimit.Admission refused = limit.admit("10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(limit.admit("10.0.0.2").allowed()).isTrue();
    }
}
