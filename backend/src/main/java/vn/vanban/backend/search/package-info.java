/**
 * Search over the document index: the query language, number lookup in any spelling, filters,
 * facets, highlights, paging and suggestions; the service the REST API and the views both call.
 */
@NullMarked
package vn.vanban.backend.search;

import org.jspecify.annotations.NullMarked;
