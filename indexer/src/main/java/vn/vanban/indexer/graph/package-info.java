/**
 * The document graph: chains (every path from a document up to the directives it carries out,
 * following IMPLEMENTS and BASIS edges through CITED_ONLY nodes) and implementers (the tree of every
 * document that carries out a document, transitively, by level and locality).
 *
 * <p>Both answer in two Elasticsearch round trips whatever the size of the graph (three at most
 * while the graph index lags behind an ingestion), because the graph index {@code <alias>-graph}
 * holds, for every node of the document index, a small node with its {@code parents} and its {@code
 * ancestors} (the keys reachable upwards), which {@link vn.vanban.indexer.graph.Ancestors} rebuilds
 * after each ingestion: the implementers of X are one term query on {@code ancestors}, the chain of D
 * one multi-get of D's ancestors.
 */
@NullMarked
package vn.vanban.indexer.graph;

import org.jspecify.annotations.NullMarked;
