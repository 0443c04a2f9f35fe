/** {@code vi_stop}: a stopword list taken from settings only (empty by default: "không" carries meaning in a directive). */
@NullMarked
package vn.vanban.analysis.stop;

import org.jspecify.annotations.NullMarked;
