/**
 * Document understanding: reads the cleaned text of one file into a {@code ParsedDocument} —
 * header, number, type, issuer, level and locality, date, subject, signature, recipients,
 * sections — and asks the citation finder for the documents it cites.
 */
@NullMarked
package vn.vanban.indexer.parse;

import org.jspecify.annotations.NullMarked;
