package vn.vanban.indexer.compare;

import vn.vanban.indexer.document.ParsedDocument;

/**
 * A document to compare: its key (an index key, or the path it was read from) and its parsed text.
 */
public record ComparedDocument(String key, ParsedDocument parsed) {

    Comparison.DocumentInfo info() {
        return new Comparison.DocumentInfo(
                key,
                parsed.number(),
                parsed.issuer(),
                parsed.issuerLevel() == null ? null : parsed.issuerLevel().name(),
                parsed.date() == null ? null : parsed.date().toString());
    }
}
