/**
 * What the indexer understands of a document: its metadata, sections and the documents it cites.
 * These records are the contract between parsing, the index, the graph and the portal.
 */
@NullMarked
package vn.vanban.indexer.document;

import org.jspecify.annotations.NullMarked;
