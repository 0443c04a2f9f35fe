package vn.vanban.indexer.access;

import java.util.List;

/**
 * Who is asking, from least to most trusted. Every read (document, search, suggest, facets, chain,
 * implementers, citing, stats, original download) takes one and filters on {@link #visible()}.
 */
public enum Audience {
    /** Anonymous visitors: published documents only. */
    PUBLIC(List.of(Visibility.PUBLIC)),
    /** Signed-in officials: also internal documents. */
    OFFICIAL(List.of(Visibility.PUBLIC, Visibility.INTERNAL)),
    /** Inspectors: what officials see, plus comparison exports. */
    INSPECTOR(List.of(Visibility.PUBLIC, Visibility.INTERNAL)),
    /** Administrators: everything, plus upload, delete and reindex. */
    ADMIN(List.of(Visibility.PUBLIC, Visibility.INTERNAL));

    private final List<Visibility> visible;

    Audience(List<Visibility> visible) {
        this.visible = visible;
    }

    /** The visibilities this audience may read; never empty. */
    public List<Visibility> visible() {
        return visible;
    }

    /** Whether this audience may read a document of the given visibility. */
    public boolean canSee(Visibility visibility) {
        return visible.contains(visibility);
    }
}
