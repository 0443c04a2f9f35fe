/** The Spring wiring of the Elasticsearch connection: external cluster by URL, else the local node. */
@NullMarked
package vn.vanban.backend.es;

import org.jspecify.annotations.NullMarked;
