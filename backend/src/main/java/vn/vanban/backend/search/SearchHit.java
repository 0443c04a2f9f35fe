package vn.vanban.backend.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document found.
 *
 * @param type the type code ({@code KH})
 * @param status {@code INDEXED} or {@code CITED_ONLY}
 * @param highlights fragments of the text (or subject) with the document's text HTML-escaped and the
 *     matches in {@code <mark>…</mark>}: safe to render as HTML
 */
public record SearchHit(
        String key,
        @Nullable String number,
        @Nullable String type,
        @Nullable String issuer,
        @Nullable String issuerLevel,
        @Nullable String issuerSide,
        @Nullable String province,
        @Nullable String date,
        @Nullable String subject,
        String status,
        List<String> highlights) {}
