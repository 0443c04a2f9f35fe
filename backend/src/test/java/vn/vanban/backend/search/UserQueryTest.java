package vn.vanban.backend.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserQueryTest {

    @Test
    void words_phrases_exclusions_and_or_become_simple_query_string_syntax() {
        assertThat(UserQuery.parse("kế hoạch \"Cẩm Phả\" -\"Cẩm Trung\" -xã").simple())
                .isEqualTo("kế hoạch \"Cẩm Phả\" -\"Cẩm Trung\" -xã");
        assertThat(UserQuery.parse("Cẩm Phả OR \"An Giang\"").simple()).isEqualTo("Cẩm Phả | \"An Giang\"");
        assertThat(UserQuery.parse("03-CT/TW").simple()).isEqualTo("03-CT/TW");
        assertThat(UserQuery.parse("   ").isEmpty()).isTrue();
    }

    @Test
    void operators_the_language_does_not_offer_never_reach_elasticsearch() {
        assertThat(UserQuery.parse("tuyên* +truyền (hàng) ~2 a|b \\").simple()).isEqualTo("tuyên truyền hàng 2 a b");
    }

    @Test
    void malformed_queries_are_refused_with_a_message() {
        for (String bad : List.of(
                "\"chưa đóng", "OR a", "a OR", "a OR OR b", "a -", "- a", "-a -b", "a OR -b", "x".repeat(501))) {
            assertThatThrownBy(() -> UserQuery.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("/");
        }
    }
}
