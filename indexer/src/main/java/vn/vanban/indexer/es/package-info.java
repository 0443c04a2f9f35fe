/**
 * The Elasticsearch connection: a managed local node (the embedded default) or an external
 * cluster named by URL, with API key or basic auth.
 */
@NullMarked
package vn.vanban.indexer.es;

import org.jspecify.annotations.NullMarked;
