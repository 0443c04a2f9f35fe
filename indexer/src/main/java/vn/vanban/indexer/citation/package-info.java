/**
 * Finding the documents a document cites: number, type, date, issuer (resolved from context),
 * subject, and how the citing document relates to each (implements, basis, mentions).
 */
@NullMarked
package vn.vanban.indexer.citation;

import org.jspecify.annotations.NullMarked;
