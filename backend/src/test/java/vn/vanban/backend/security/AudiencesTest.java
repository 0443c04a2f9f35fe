package vn.vanban.backend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import vn.vanban.indexer.access.Audience;

class AudiencesTest {

    @Test
    void an_anonymous_visitor_reads_as_the_public() {
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(Audiences.of(anonymous)).isEqualTo(Audience.PUBLIC);
        assertThat(Audiences.of((org.springframework.security.core.Authentication) null))
                .isEqualTo(Audience.PUBLIC);
    }

    @Test
    void a_user_holding_several_roles_reads_with_the_most_trusted() {
        var user = UsernamePasswordAuthenticationToken.authenticated(
                "lan", "n/a", AuthorityUtils.createAuthorityList("ROLE_OFFICIAL", "ROLE_INSPECTOR"));
        assertThat(Audiences.of(user)).isEqualTo(Audience.INSPECTOR);
    }

    @Test
    void a_signed_in_user_without_a_known_role_reads_as_the_public() {
        var user = UsernamePasswordAuthenticationToken.authenticated(
                "oidc-user", "n/a", AuthorityUtils.createAuthorityList("OIDC_USER", "SCOPE_openid"));
        assertThat(Audiences.of(user)).isEqualTo(Audience.PUBLIC);
    }

    @Test
    void a_configured_password_must_name_its_encoding() {
        var bare = Map.of("lan", new SecurityProperties.User("secret", List.of(Role.OFFICIAL)));
        assertThatThrownBy(() -> ConfiguredUsers.users(bare))
                .hasMessageContaining("vanban.security.users.lan.password")
                .hasMessageContaining("{bcrypt}");
    }

    @Test
    void a_configured_user_gets_the_authorities_of_its_roles() {
        var users = ConfiguredUsers.users(
                Map.of("an", new SecurityProperties.User("{noop}pw", List.of(Role.ADMIN, Role.OFFICIAL))));
        assertThat(users.getFirst().getAuthorities())
                .extracting(a -> a.getAuthority())
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_OFFICIAL");
    }
}
