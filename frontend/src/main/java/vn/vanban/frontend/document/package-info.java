/**
 * A document's page: metadata, the chain up to the directive, the text with its outline and every
 * citation a link, cited by / implemented by, the original, and the start of a comparison.
 */
@NullMarked
package vn.vanban.frontend.document;

import org.jspecify.annotations.NullMarked;
