package vn.vanban.indexer.index;

import java.util.Map;

/**
 * Counts of the index, the {@code indexer stats --json} contract.
 *
 * @param documents nodes with status INDEXED
 * @param citedOnly nodes with status CITED_ONLY
 * @param citations citations of indexed documents
 * @param unresolved citations with resolution UNRESOLVED
 * @param ambiguous citations with resolution AMBIGUOUS
 * @param byType indexed documents by type code
 * @param byLevel indexed documents by issuer level
 */
public record IndexStats(
        long documents,
        long citedOnly,
        long citations,
        long unresolved,
        long ambiguous,
        Map<String, Long> byType,
        Map<String, Long> byLevel) {

    public IndexStats {
        byType = Map.copyOf(byType);
        byLevel = Map.copyOf(byLevel);
    }
}
