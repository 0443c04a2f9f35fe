/**
 * The library under every face: one service per workflow or read, called the same way by the CLI
 * ({@code vn.vanban.indexer.cli}), the REST API and the views. {@link vn.vanban.indexer.library.Library}
 * builds them over one Elasticsearch client and index alias.
 *
 * <p>Workflows live here, never in a command: ingestion always ends with the graph refresh, a
 * deletion leaves the CITED_ONLY node its citers describe and refreshes the graph. Every read takes
 * the {@link vn.vanban.indexer.access.Audience} asking and turns it into an Elasticsearch filter on
 * visibility: a document it may not see is never named, listed or counted.
 */
@NullMarked
package vn.vanban.indexer.library;

import org.jspecify.annotations.NullMarked;
