/** {@code vi_tokenizer} (syllables, document numbers, dates, numbers, URLs, e-mail) and {@code vi_docnum} (a whole value as one comparable document number). */
@NullMarked
package vn.vanban.analysis.tokenize;

import org.jspecify.annotations.NullMarked;
