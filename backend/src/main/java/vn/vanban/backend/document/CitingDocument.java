package vn.vanban.backend.document;

import org.jspecify.annotations.Nullable;

/** A document citing another, with the strongest relation it cites it with (IMPLEMENTS, BASIS, MENTIONS). */
public record CitingDocument(
        String key,
        @Nullable String number,
        @Nullable String type,
        @Nullable String issuer,
        @Nullable String issuerLevel,
        @Nullable String date,
        String relation) {}
