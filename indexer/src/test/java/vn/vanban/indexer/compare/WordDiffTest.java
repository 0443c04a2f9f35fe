package vn.vanban.indexer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.compare.Comparison.DiffSegment;
import vn.vanban.indexer.compare.Comparison.Op;

class WordDiffTest {

    @Test
    void a_changed_year_is_one_deleted_and_one_inserted_token_shown_as_printed() {
        List<DiffSegment> diff =
                WordDiff.of("Thời gian thực hiện: trong năm 2022.", "Thời gian thực hiện: trong năm 2023.");

        assertThat(diff)
                .containsExactly(
                        new DiffSegment(Op.EQUAL, "Thời gian thực hiện: trong năm "),
                        new DiffSegment(Op.DELETE, "2022."),
                        new DiffSegment(Op.INSERT, "2023."));
    }

    @Test
    void case_and_tone_placement_are_no_difference_and_the_reference_text_is_shown() {
        List<DiffSegment> diff = WordDiff.of("Hoà giải ở cơ sở", "hòa giải ở cơ sở");

        assertThat(diff).containsExactly(new DiffSegment(Op.EQUAL, "Hoà giải ở cơ sở"));
    }

    @Test
    void the_equal_and_deleted_runs_rebuild_the_reference_and_the_equal_and_inserted_runs_the_other() {
        String a = "Tuyên truyền sâu rộng trên địa bàn tỉnh, nhất là các quan điểm.";
        String b = "Đẩy mạnh tuyên truyền sâu rộng trên địa bàn huyện, đặc biệt là các quan điểm.";
        List<DiffSegment> diff = WordDiff.of(a, b);

        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (DiffSegment d : diff) {
            if (d.op() != Op.INSERT) {
                left.append(d.text());
            }
            if (d.op() != Op.DELETE) {
                right.append(d.text());
            }
        }
        assertThat(left.toString()).isEqualTo(a);
        assertThat(right.toString().toLowerCase()).isEqualTo(b.toLowerCase());
    }
}
