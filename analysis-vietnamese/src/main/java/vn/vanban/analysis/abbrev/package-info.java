/** {@code vi_abbrev}: abbreviations of organs and documents expanded at search time as a synonym graph. */
@NullMarked
package vn.vanban.analysis.abbrev;

import org.jspecify.annotations.NullMarked;
