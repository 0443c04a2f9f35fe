/** {@code vi_normalize}: the shared text rules (NFC, tone placement, look-alikes) as a char filter with exact offsets. */
@NullMarked
package vn.vanban.analysis.normalize;

import org.jspecify.annotations.NullMarked;
