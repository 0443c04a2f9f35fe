/**
 * Vietnamese text rules shared by the analysis plugin and the indexer (one implementation, not
 * two): Unicode composition, canonical tone placement, look-alike letters and invisible characters.
 * Pure Java, no Lucene or Elasticsearch types.
 */
@NullMarked
package vn.vanban.analysis.text;

import org.jspecify.annotations.NullMarked;
