/**
 * What the REST API shares across features: who is asking (the {@code Audience} argument of every
 * handler), RFC 9457 problem details for every error, keys with {@code /} as path segments, and the
 * OpenAPI description.
 */
@NullMarked
package vn.vanban.backend.api;

import org.jspecify.annotations.NullMarked;
