/** The search page: query box with suggestions, facets with counts, result cards, sort and paging. */
@NullMarked
package vn.vanban.frontend.search;

import org.jspecify.annotations.NullMarked;
