/** The {@code indexer} command line: {@code java -jar indexer/target/indexer.jar …}. */
@NullMarked
package vn.vanban.indexer.cli;

import org.jspecify.annotations.NullMarked;
