/**
 * The picture of the references around a document: a cytoscape component (from its WebJar, so no
 * Node build) laid out by level, and the page that shows it on its own.
 */
@NullMarked
package vn.vanban.frontend.graph;

import org.jspecify.annotations.NullMarked;
