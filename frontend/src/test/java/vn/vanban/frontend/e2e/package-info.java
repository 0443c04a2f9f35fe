/** End-to-end tests: the running portal in a real headless Chromium against a real node. */
@NullMarked
package vn.vanban.frontend.e2e;

import org.jspecify.annotations.NullMarked;
