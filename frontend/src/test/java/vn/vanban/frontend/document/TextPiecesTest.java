package vn.vanban.frontend.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.backend.document.DocumentView;

class TextPiecesTest {

    private static DocumentView.CitationView citation(String text, String target) {
        return new DocumentView.CitationView(
                "03-CT/TW", "CT", null, null, null, "IMPLEMENTS", "RESOLVED", target, List.of(), text);
    }

    @Test
    void every_citation_of_the_text_becomes_a_piece_of_its_own_in_text_order() {
        String text = "Thực hiện Chỉ thị số 03-CT/TW và Kế hoạch số 179-KH/TU, Ban Thường vụ ...";
        var cut = TextPieces.cut(
                text, List.of(), List.of(citation("Chỉ thị số 03-CT/TW", "a"), citation("Kế hoạch số 179-KH/TU", "b")));
        assertThat(cut.pieces())
                .containsExactly(
                        new TextPieces.Plain("Thực hiện "),
                        new TextPieces.Cited("Chỉ thị số 03-CT/TW", citation("Chỉ thị số 03-CT/TW", "a")),
                        new TextPieces.Plain(" và "),
                        new TextPieces.Cited("Kế hoạch số 179-KH/TU", citation("Kế hoạch số 179-KH/TU", "b")),
                        new TextPieces.Plain(", Ban Thường vụ ..."));
        assertThat(cut.unplaced()).isEmpty();
    }

    @Test
    void sections_are_anchored_where_they_start_and_a_citation_not_in_the_text_is_kept_aside() {
        String text = "I. MỤC ĐÍCH\nNội dung.\nII. NỘI DUNG\nTheo Chỉ thị 03.";
        var first = new DocumentView.Section(0, -1, 1, "I.", "MỤC ĐÍCH", 0, 22);
        var second = new DocumentView.Section(1, -1, 1, "II.", "NỘI DUNG", 22, text.length());
        var missing = citation("Nghị quyết số 35/NQ-CP", "c");
        var cut = TextPieces.cut(text, List.of(first, second), List.of(missing));
        assertThat(cut.pieces())
                .containsExactly(
                        new TextPieces.SectionStart(first),
                        new TextPieces.Plain("I. MỤC ĐÍCH\nNội dung.\n"),
                        new TextPieces.SectionStart(second),
                        new TextPieces.Plain("II. NỘI DUNG\nTheo Chỉ thị 03."));
        assertThat(cut.unplaced()).containsExactly(missing);
    }
}
