package vn.vanban.indexer.assignment;

import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.index.DocumentKey;
import vn.vanban.indexer.index.IssuerKeys;

/**
 * The canonical organ key on both sides of a follow-up match, by the key rules of document identity
 * ({@link IssuerKeys}: organ + the organ above it + locality, tone placement, abbreviations and
 * "Ban Thường vụ" folded away). "Tỉnh ủy tỉnh Quảng Ninh" is "Tỉnh ủy Quảng Ninh", "UBND TP Hạ Long"
 * is "Ủy ban nhân dân thành phố Hạ Long"; "Huyện ủy Đông Triều" and "Thị ủy Đông Triều" stay two
 * organs, as the rule keeps the committee's kind.
 */
final class OrganKeys {

    private OrganKeys() {}

    /**
     * The key of an organ a task expects a document from.
     *
     * @param organ its name as a task or the gazetteer writes it
     * @param province the assigning document's province: an organ written without its locality ("Ban
     *     Tuyên giáo Tỉnh ủy", "UBND huyện") is the one of the assigning document (DOMAIN.md)
     * @param district the assigning document's district, likewise
     */
    static @Nullable String ofUnit(String organ, @Nullable String province, @Nullable String district) {
        String key = IssuerKeys.of(null, organ);
        if (key != null && IssuerKeys.isGeneric(key)) {
            key = IssuerKeys.qualify(key, province, district);
        }
        return key == null ? null : IssuerKeys.canonicalKey(key);
    }

    /**
     * The key of the organ that issued a stored document: the issuer part of its document key, which
     * ingestion completed from the document's own header (an issuer printed without its locality, a
     * Party cell with its Đảng bộ); for a document keyed by its content, its issuer's name folded.
     */
    static @Nullable String ofDocument(String documentKey, @Nullable String number, @Nullable String issuer) {
        String key = new DocumentKey(documentKey).issuerKey();
        if (key == null) {
            key = IssuerKeys.of(number, issuer);
        }
        return key == null ? null : IssuerKeys.canonicalKey(key);
    }
}
