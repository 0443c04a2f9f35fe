/** The comparison of two or three indexed plans (the indexer's CompareService) as a Spring service. */
@NullMarked
package vn.vanban.backend.compare;

import org.jspecify.annotations.NullMarked;
