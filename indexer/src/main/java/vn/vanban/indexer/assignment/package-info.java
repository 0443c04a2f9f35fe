/**
 * Who must do what by when: the tasks of a document's implementation section ("TỔ CHỨC THỰC
 * HIỆN"), the units they expect, and the follow-up of those units against the documents they issued.
 */
@NullMarked
package vn.vanban.indexer.assignment;

import org.jspecify.annotations.NullMarked;
