/**
 * Vietnamese analysis for Elasticsearch as a stable plugin: one {@code @NamedComponent} factory per
 * component, listed by hand in {@code named_components.json}.
 */
@NullMarked
package vn.vanban.analysis;

import org.jspecify.annotations.NullMarked;
