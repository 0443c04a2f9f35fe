/**
 * What every page shares: the header (product name, search box, language switch, sign-in link),
 * the translations (Vietnamese by default, English) and the language the visitor chose.
 */
@NullMarked
package vn.vanban.frontend.shell;

import org.jspecify.annotations.NullMarked;
