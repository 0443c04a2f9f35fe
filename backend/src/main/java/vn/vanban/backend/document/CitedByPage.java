package vn.vanban.backend.document;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.Relation;

/**
 * One page of the documents citing a document, with exact counts (a directive every commune carries
 * out is cited by tens of thousands: the page is small, the counts are not capped).
 *
 * @param citedBy the page, newest first (then by key)
 * @param total the citing documents the audience may read that the pages walk (with a relation
 *     filter, those citing with that relation)
 * @param countsByRelation the citing documents the audience may read by the strongest relation each
 *     cites with, whatever the relation filter: they add up to the unfiltered total
 * @param next the {@code after} cursor of the next page, null on the last one
 */
public record CitedByPage(
        List<CitingDocument> citedBy,
        long total,
        Map<Relation, Long> countsByRelation,
        @Nullable String next) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public CitedByPage {
        citedBy = List.copyOf(citedBy);
    }
}
