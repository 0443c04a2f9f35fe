/** The cluster status page. */
@NullMarked
package vn.vanban.frontend.status;

import org.jspecify.annotations.NullMarked;
