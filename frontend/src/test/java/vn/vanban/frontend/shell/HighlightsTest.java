package vn.vanban.frontend.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void a_highlight_is_text_with_marked_matches_and_escaped_markup_stays_text() {
        var pieces = Highlights.pieces("Thực hiện <mark>Chỉ thị</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;");
        assertThat(pieces)
                .containsExactly(
                        new Highlights.Piece("Thực hiện ", false),
                        new Highlights.Piece("Chỉ thị", true),
                        new Highlights.Piece(" <script>alert(1)</script> &lt;", false));
    }
}
