package vn.vanban.indexer.gazetteer;

import org.jspecify.annotations.Nullable;

/**
 * Where an issuer sits: names without their kind word ({@code "Quảng Ninh"}, {@code "Cẩm Phả"},
 * {@code "Đoàn Kết"}). A field is null when the text does not decide it.
 */
public record Locality(
        @Nullable String province,
        @Nullable String district,
        @Nullable String commune) {

    public static final Locality NONE = new Locality(null, null, null);
}
