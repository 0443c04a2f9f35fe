package vn.vanban.frontend.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void a_key_with_slashes_stays_readable_in_the_route() {
        assertThat(Routes.document("03-CT/TW~tw~2021")).isEqualTo("van-ban/03-CT/TW~tw~2021");
        assertThat(Routes.document("45-KH/ĐU~đảng ủy~2022"))
                .isEqualTo("van-ban/45-KH/%C4%90U~%C4%91%E1%BA%A3ng%20%E1%BB%A7y~2022");
        assertThat(Routes.compare(java.util.List.of("A/B", "C"))).isEqualTo("so-sanh?keys=A%2FB%2CC");
    }
}
