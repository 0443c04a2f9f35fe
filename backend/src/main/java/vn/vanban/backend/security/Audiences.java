package vn.vanban.backend.security;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.vanban.indexer.access.Audience;

/**
 * The one place that turns who is signed in into the {@link Audience} passed to every service call,
 * from views and controllers alike: the most trusted role wins; anonymous, unknown or unauthenticated
 * is {@link Audience#PUBLIC}.
 */
public final class Audiences {

    private Audiences() {}

    /** The audience of the request being served (Spring Security's context of this thread). */
    public static Audience current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Audience of(@Nullable Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Audience.PUBLIC;
        }
        return of(authentication.getAuthorities());
    }

    static Audience of(Collection<? extends GrantedAuthority> authorities) {
        Audience best = Audience.PUBLIC;
        for (GrantedAuthority authority : authorities) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())
                        && role.audience().ordinal() > best.ordinal()) {
                    best = role.audience();
                }
            }
        }
        return best;
    }

    /** Whether the current request is signed in (a signed-in user is never rate limited). */
    public static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
