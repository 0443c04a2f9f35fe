/**
 * Comparison of plans across levels (issue #9): the sections of two or three documents aligned by
 * meaning, their points aligned inside and across sections, a word-level diff per aligned pair, and
 * the coverage of the reference's points ({@code CARRIED}, {@code CHANGED}, {@code MISSING}) with the
 * other documents' {@code ADDED} points. A library service: the CLI ({@code indexer compare}) and the
 * REST API call {@link vn.vanban.indexer.compare.CompareService}.
 */
@NullMarked
package vn.vanban.indexer.compare;

import org.jspecify.annotations.NullMarked;
