package vn.vanban.backend.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumberQueryTest {

    /** Lucene's regexp on a keyword matches the whole term, as {@link Pattern#matches} does here. */
    private static boolean matches(String query, String numberKey) {
        NumberQuery n = NumberQuery.parse(query).orElseThrow(() -> new AssertionError(query + " is a number"));
        return Pattern.matches(n.regexp(true, false), numberKey);
    }

    @Test
    void every_spelling_of_the_directive_number_reads_as_that_number_and_nothing_else() {
        for (String q : List.of("03-CT/TW", "03/CT-TW", "03 CT TW", "ct 03", "chỉ thị 03", "chi thi so 03", "CT03")) {
            NumberQuery n = NumberQuery.parse(q).orElseThrow(() -> new AssertionError(q));
            assertThat(n.onlyNumber()).as(q).isTrue();
            assertThat(n.type()).as(q).isEqualTo("CT");
            assertThat(matches(q, "03-CT/TW")).as(q).isTrue();
            assertThat(matches(q, "13-CT/TW")).as(q).isFalse();
            assertThat(matches(q, "03-KH/TW")).as(q).isFalse();
        }
    }

    @Test
    void a_state_number_matches_with_its_issuer_code_in_any_order_of_separators() {
        assertThat(matches("kh 197 ubnd", "197/KH-UBND")).isTrue();
        assertThat(matches("kh 197 ubnd", "197/KH-SYT")).isFalse();
        assertThat(matches("Số: 197 /KH-UBND", "197/KH-UBND")).isTrue();
        assertThat(matches("15/2020/NĐ-CP", "15/2020/ND-CP")).isTrue();
        assertThat(matches("nghị định 15 2020 cp", "15/2020/ND-CP")).isTrue();
        assertThat(matches("35 kh đuk", "35-KH/DUK")).isTrue();
    }

    @Test
    void words_around_a_number_make_it_a_number_among_words() {
        NumberQuery n = NumberQuery.parse("kế hoạch 197 tuyên truyền").orElseThrow();
        assertThat(n.onlyNumber()).isFalse();
        assertThat(NumberQuery.parse("tuyên truyền hàng Việt Nam")).isEmpty();
        assertThat(NumberQuery.parse("năm 2022 tuyên truyền")).isEmpty();
        assertThat(NumberQuery.parse("kh 35 tu").orElseThrow().codes()).containsExactly("TU");
    }

    @Test
    void a_prefix_regexp_completes_the_last_code() {
        NumberQuery n = NumberQuery.parse("03-C").orElseThrow();
        assertThat(Pattern.matches(n.regexp(true, true), "03-CT/TW")).isTrue();
    }
}
