/** The Vaadin portal: search, comparison and reference chains, one package per feature. */
@NullMarked
package vn.vanban.frontend;

import org.jspecify.annotations.NullMarked;
