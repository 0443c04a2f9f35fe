/** The portal's sign-in: form login over the configured users, public pages open to everyone. */
@NullMarked
package vn.vanban.frontend.security;

import org.jspecify.annotations.NullMarked;
