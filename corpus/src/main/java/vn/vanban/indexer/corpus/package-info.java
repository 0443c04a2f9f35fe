/**
 * The demo corpus generator: realistic, entirely written-for-the-project plans, guidance, official
 * letters, reports and decisions at every level and in many provinces, each implementing a higher
 * document up to a real central directive, with a ground-truth JSON beside every file.
 *
 * <p>Only the roots are real (number, date, issuer and subject of well-known central documents);
 * they are cited, never written. Every generated document is fictional but follows the layout of
 * the seeds and DOMAIN.md.
 *
 * <p>Ground-truth conventions ({@code <name>.expected.json}): one citation entry per distinct cited
 * document, carrying the details of its first full mention and the strongest relation among its
 * mentions (IMPLEMENTS &gt; BASIS &gt; MENTIONS); a citation's {@code issuer} is resolved from
 * context ("Ban Thường vụ Tỉnh ủy" inside a Nam Đàn document is "Tỉnh ủy Nghệ An"); its {@code
 * subject} is the phrase after "về" / "về việc".
 */
@NullMarked
package vn.vanban.indexer.corpus;

import org.jspecify.annotations.NullMarked;
