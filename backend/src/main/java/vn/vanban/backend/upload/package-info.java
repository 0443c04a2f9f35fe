/** Files uploaded through the portal, ingested by the same pipeline as {@code indexer ingest}. */
@NullMarked
package vn.vanban.backend.upload;

import org.jspecify.annotations.NullMarked;
