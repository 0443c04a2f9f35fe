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

    @Test
    void the_reading_routes_are_the_public_pages_that_query_the_index() {
        assertThat(Routes.readsTheIndex("/")).isTrue();
        assertThat(Routes.readsTheIndex("")).isTrue();
        assertThat(Routes.readsTheIndex("/van-ban/03-CT/TW~tw~2021")).isTrue();
        assertThat(Routes.readsTheIndex("/so-do/03-CT/TW~tw~2021")).isTrue();
        assertThat(Routes.readsTheIndex("/trien-khai/03-CT/TW~tw~2021")).isTrue();
        assertThat(Routes.readsTheIndex("/so-sanh")).isTrue();
        assertThat(Routes.readsTheIndex("/trang-thai")).isFalse();
        assertThat(Routes.readsTheIndex("/nhap-lieu")).isFalse();
        assertThat(Routes.readsTheIndex("/dang-nhap")).isFalse();
        assertThat(Routes.readsTheIndex("/van-ban-khac")).isFalse();
        assertThat(Routes.readsTheIndex("/api/search")).isFalse();
    }
}
