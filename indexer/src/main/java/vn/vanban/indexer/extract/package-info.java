/**
 * Text extraction behind a small interface returning a record with a status (PDF, DOCX, DOC, ODT,
 * RTF, HTML, TXT, Markdown; OCR for scans), plus the hygiene applied before parsing.
 */
@NullMarked
package vn.vanban.indexer.extract;

import org.jspecify.annotations.NullMarked;
