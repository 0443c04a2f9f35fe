/** The audience of a read turned into the Elasticsearch filter every backend query carries. */
@NullMarked
package vn.vanban.backend.access;

import org.jspecify.annotations.NullMarked;
