/** What the portal shows about the cluster it is connected to. */
@NullMarked
package vn.vanban.backend.status;

import org.jspecify.annotations.NullMarked;
