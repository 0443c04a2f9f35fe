/** Nhập liệu: administrators upload files, review what was read from each, and see per-file errors. */
@NullMarked
package vn.vanban.frontend.upload;

import org.jspecify.annotations.NullMarked;
