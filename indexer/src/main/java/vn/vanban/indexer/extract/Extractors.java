package vn.vanban.indexer.extract;

/** The ways to obtain an {@link Extractor}. */
public final class Extractors {

    private Extractors() {}

    /** The extractor with {@link ExtractionSettings#defaults()}, built once (loading Tika takes a second). */
    public static Extractor standard() {
        return Standard.INSTANCE;
    }

    /** A new Tika-backed extractor for {@code settings}; immutable and thread-safe, meant to be shared. */
    public static Extractor create(ExtractionSettings settings) {
        return new TikaExtractor(settings);
    }

    private static final class Standard {
        static final Extractor INSTANCE = new TikaExtractor(ExtractionSettings.defaults());
    }
}
