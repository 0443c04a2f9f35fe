/** {@code vi_folding} (lower case, diacritics and đ removed) and {@code vi_iy} (whitelisted i/y spelling variants). */
@NullMarked
package vn.vanban.analysis.fold;

import org.jspecify.annotations.NullMarked;
