/**
 * The document graph: chains (every path from a document up to the directives it carries out,
 * following IMPLEMENTS and BASIS edges through CITED_ONLY nodes) and implementers (the tree of every
 * document that carries out a document, transitively, by level and locality).
 *
 * <p>Both answer in at most three Elasticsearch round trips whatever the size of the graph, because
 * every node carries its {@code ancestors} (the keys reachable upwards), which {@link
 * vn.vanban.indexer.graph.Ancestors} recomputes from the {@code parents} of all nodes after an
 * ingestion: the implementers of X are one term query on {@code ancestors}, the chain of D one
 * multi-get of D's ancestors.
 */
@NullMarked
package vn.vanban.indexer.graph;

import org.jspecify.annotations.NullMarked;
