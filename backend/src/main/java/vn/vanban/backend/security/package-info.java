/**
 * Who is asking: users and roles from configuration, the one mapping from a signed-in user to the
 * {@link vn.vanban.indexer.access.Audience} every read takes, the REST API's stateless HTTP Basic
 * chain, the public rate limit and the security headers both faces send.
 */
@NullMarked
package vn.vanban.backend.security;

import org.jspecify.annotations.NullMarked;
