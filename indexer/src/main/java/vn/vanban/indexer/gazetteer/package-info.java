/**
 * Vietnam's administrative units (provinces, districts and communes before the 1 July 2025 reform,
 * provinces after it) and the lookup that places an issuer in them.
 */
@NullMarked
package vn.vanban.indexer.gazetteer;

import org.jspecify.annotations.NullMarked;
