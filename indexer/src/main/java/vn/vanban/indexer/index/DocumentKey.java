package vn.vanban.indexer.index;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanban.analysis.text.VietnameseText;
import vn.vanban.indexer.document.DocumentNumbers;
import vn.vanban.indexer.document.Sha256;

/**
 * The identity of a document, and its Elasticsearch {@code _id}: number + issuer + year, because a
 * number alone is not unique (every Tỉnh ủy issues a {@code 35-KH/TU}; DOMAIN.md, "Document
 * numbers").
 *
 * <p>String form: {@code NUMBERKEY~ISSUERKEY~YEAR}, e.g. {@code 197/KH-UBND~ubnd-tp-cam-pha~2022} or
 * {@code 03-CT/TW~tw~2021}; a document without a number: {@code sha256~HEX} of its normalised text.
 *
 * @param value the string form
 */
public record DocumentKey(String value) {

    private static final String SEPARATOR = "~";
    private static final Pattern YEAR_IN_NUMBER = Pattern.compile("^\\d+/((?:19|20)\\d{2})/");

    public DocumentKey {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A document key cannot be blank");
        }
    }

    /**
     * The key of a numbered document.
     *
     * @param number as printed or normalised
     * @param issuer the organ's name, or null (then the number must name its issuer, {@code …/TW})
     * @param date the document's date, or null (then the number must carry the year, {@code
     *     15/2020/NĐ-CP})
     * @return empty when number, issuer or year cannot be told without doubt
     */
    public static Optional<DocumentKey> of(@Nullable String number, @Nullable String issuer, @Nullable LocalDate date) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        String issuerKey = IssuerKeys.of(number, issuer);
        Integer year = year(number, date);
        if (issuerKey == null || year == null) {
            return Optional.empty();
        }
        return Optional.of(new DocumentKey(DocumentNumbers.key(number) + SEPARATOR + issuerKey + SEPARATOR + year));
    }

    /** The key from its parts: a number key ({@code DocumentNumbers.key}), an issuer key, a year. */
    public static DocumentKey fromParts(String numberKey, String issuerKey, int year) {
        return new DocumentKey(numberKey + SEPARATOR + issuerKey + SEPARATOR + year);
    }

    /**
     * The key of a parsed document: number + issuer + year, an issuer printed without its locality
     * completed with the document's own, a Party cell with the Đảng bộ above it; the content hash
     * when there is no number, or not enough to tell issuer and year.
     */
    public static DocumentKey of(vn.vanban.indexer.document.ParsedDocument doc) {
        String number = doc.number();
        if (number != null && !number.isBlank()) {
            String issuerKey = IssuerKeys.of(number, doc.issuer());
            if (IssuerKeys.isGeneric(issuerKey)) {
                issuerKey = IssuerKeys.qualify(issuerKey, doc.province(), doc.district());
            } else if (IssuerKeys.isCell(issuerKey)) {
                String cell = IssuerKeys.qualifyCell(issuerKey, doc.parentOrgan());
                issuerKey = cell == null ? issuerKey : cell;
            }
            Integer year = year(number, doc.date());
            if (issuerKey != null && year != null) {
                return fromParts(DocumentNumbers.key(number), issuerKey, year);
            }
        }
        return ofContent(doc.text());
    }

    /** The key of a document without a number: the hash of its normalised text. */
    public static DocumentKey ofContent(String text) {
        String normalised =
                VietnameseText.normalize(text).replaceAll("\\s+", " ").strip();
        return new DocumentKey("sha256" + SEPARATOR + sha256(normalised).substring(0, 40));
    }

    /**
     * The year of a document: printed in the number of a legal normative document ({@code
     * 15/2020/NĐ-CP}, Decree 30/2020/NĐ-CP Appendix I), otherwise the year of its date.
     */
    public static @Nullable Integer year(@Nullable String number, @Nullable LocalDate date) {
        if (number != null) {
            Matcher m = YEAR_IN_NUMBER.matcher(DocumentNumbers.key(number));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return date == null ? null : date.getYear();
    }

    /**
     * This key with its issuer part in today's canonical form ({@link IssuerKeys#canonicalKey}); a
     * content key, and a number that names its issuer nationwide ({@code tw}, {@code cp}), stay.
     */
    public DocumentKey canonical() {
        String numberKey = numberKey();
        String issuerKey = issuerKey();
        if (numberKey == null || issuerKey == null || IssuerKeys.numberNamesIssuer(numberKey)) {
            return this;
        }
        String[] parts = value.split(SEPARATOR);
        String canonical = IssuerKeys.canonicalKey(issuerKey);
        return canonical.equals(issuerKey)
                ? this
                : new DocumentKey(parts[0] + SEPARATOR + canonical + SEPARATOR + parts[2]);
    }

    /** The number key part ({@code DocumentNumbers.key}), or null for a content-hash key. */
    public @Nullable String numberKey() {
        return isContentKey() ? null : value.substring(0, value.indexOf(SEPARATOR));
    }

    /** The issuer key part, or null for a content-hash key. */
    public @Nullable String issuerKey() {
        if (isContentKey()) {
            return null;
        }
        String[] parts = value.split(SEPARATOR);
        return parts.length == 3 ? parts[1] : null;
    }

    public boolean isContentKey() {
        return value.startsWith("sha256" + SEPARATOR);
    }

    static String sha256(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value;
    }
}
