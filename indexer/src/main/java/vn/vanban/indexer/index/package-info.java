/**
 * The document index: its versioned settings and mapping (JSON resources beside this package), the
 * alias it is reached through, document identity ({@link vn.vanban.indexer.index.DocumentKey}) and
 * the resolution of citations to keys. {@link vn.vanban.indexer.index.DocumentIndex} is what the
 * ingestion pipeline, the graph queries and the backend call; {@link
 * vn.vanban.indexer.index.DocumentFields} names every field of the stored JSON.
 */
@NullMarked
package vn.vanban.indexer.index;

import org.jspecify.annotations.NullMarked;
