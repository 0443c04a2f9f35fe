package vn.vanban.backend.security;

import vn.vanban.indexer.access.Audience;

/**
 * The roles a configured user can hold (issue 14, Access). Anonymous visitors hold none and are
 * {@link Audience#PUBLIC}.
 */
public enum Role {
    OFFICIAL(Audience.OFFICIAL),
    INSPECTOR(Audience.INSPECTOR),
    ADMIN(Audience.ADMIN);

    /** Spring Security's authority for a role: {@code ROLE_} + name, as {@code @RolesAllowed} expects. */
    public static final String PREFIX = "ROLE_";

    private final Audience audience;

    Role(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }

    public String authority() {
        return PREFIX + name();
    }
}
