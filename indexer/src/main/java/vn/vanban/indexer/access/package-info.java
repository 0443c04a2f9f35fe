/**
 * Who is asking: the audience every read path turns into an Elasticsearch filter on a document's
 * visibility, so that a document an audience may not see is never named, listed or counted.
 */
@NullMarked
package vn.vanban.indexer.access;

import org.jspecify.annotations.NullMarked;
