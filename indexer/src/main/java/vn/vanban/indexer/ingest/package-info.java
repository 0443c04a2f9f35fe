/**
 * {@code indexer ingest}: files, folders and zip archives read in parallel ({@link
 * vn.vanban.indexer.document.DocumentReader}) while earlier documents are bulk-written ({@code
 * BulkIngester} with the source file as context); a journal makes an interrupted run resumable, a
 * sha256-addressed store keeps the originals, and a JSON report accounts for every file.
 */
@NullMarked
package vn.vanban.indexer.ingest;

import org.jspecify.annotations.NullMarked;
