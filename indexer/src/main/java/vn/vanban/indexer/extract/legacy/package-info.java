/**
 * Legacy 8-bit Vietnamese encodings (TCVN3 "ABC" with the .VnTime fonts, VNI-Windows): detection
 * and conversion to Unicode, from a mapping table written for the project.
 */
@NullMarked
package vn.vanban.indexer.extract.legacy;

import org.jspecify.annotations.NullMarked;
