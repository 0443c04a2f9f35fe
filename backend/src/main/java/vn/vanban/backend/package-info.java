/** Spring services over the indexer's library code; the REST API lives here. */
@NullMarked
package vn.vanban.backend;

import org.jspecify.annotations.NullMarked;
