/**
 * Documents and the reference graph for an audience: a document with its citations and the
 * documents citing it, its original, its chain up to the directive, the tree of implementers (with
 * timeline, places without an implementing document, CSV and XLSX) and its neighbourhood.
 */
@NullMarked
package vn.vanban.backend.document;

import org.jspecify.annotations.NullMarked;
