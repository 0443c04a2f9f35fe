/**
 * Who implemented a directive: the tree by level and locality, the timeline of issue dates (chart.js
 * from its WebJar), the provinces with and without an implementing document, CSV and XLSX exports.
 */
@NullMarked
package vn.vanban.frontend.implementers;

import org.jspecify.annotations.NullMarked;
