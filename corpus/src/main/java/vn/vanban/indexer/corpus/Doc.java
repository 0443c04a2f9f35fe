package vn.vanban.indexer.corpus;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.DocumentType;
import vn.vanban.indexer.document.Relation;

/**
 * One node of the generated corpus: a real central document (cited only) or a generated one.
 *
 * @param seq position in generation order, -1 for a real document
 * @param id the file stem, or {@code real:<number>}
 * @param subject the trích yếu as printed (first letter capital), for a real document its "về …"
 *     phrase
 * @param subjectMentions citations printed inside the subject, with their relation as seen from this
 *     document
 * @param parents the documents this one implements (IMPLEMENTS) or rests on (BASIS)
 * @param sibling a document of the same parent this one mentions, or null
 * @param campaign the campaign a generated document belongs to; null for a real document
 * @param seed the seed of this document's own text
 */
record Doc(
        int seq,
        String id,
        Organ organ,
        DocumentType type,
        String number,
        LocalDate date,
        String subject,
        List<Mention> subjectMentions,
        @Nullable Campaign campaign,
        List<Parent> parents,
        @Nullable Doc sibling,
        Format format,
        long seed) {

    /**
     * A parent document.
     *
     * @param opening whether the opening sentence cites it (false when only the subject line does)
     */
    record Parent(Doc doc, Relation relation, boolean opening) {}

    /**
     * A citation printed in a text.
     *
     * @param date whether the date was printed
     * @param issuer whether the issuer was printed
     * @param subject whether the "về …" phrase was printed
     */
    record Mention(Doc target, Relation relation, boolean date, boolean issuer, boolean subject) {}

    boolean real() {
        return seq < 0;
    }
}
