/**
 * The comparison page: two or three documents side by side, points aligned row by row, word-level
 * differences, coverage checklist, and a printable report for inspectors.
 */
@NullMarked
package vn.vanban.frontend.compare;

import org.jspecify.annotations.NullMarked;
