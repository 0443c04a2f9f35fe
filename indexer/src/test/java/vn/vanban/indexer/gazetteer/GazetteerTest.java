package vn.vanban.indexer.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void commune_committee_under_a_district_party_organisation_reaches_the_province() {
        Locality l = gazetteer.locate(
                List.of("Đảng ủy xã Đoàn Kết", "Đảng bộ huyện Vân Đồn"), "Đoàn Kết", LocalDate.of(2022, 1, 1));
        assertThat(l).isEqualTo(new Locality("Quảng Ninh", "Vân Đồn", "Đoàn Kết"));
    }

    @Test
    void ward_of_a_provincial_city_reaches_the_province() {
        Locality l = gazetteer.locate(List.of("Ủy ban nhân dân phường Cẩm Trung", "thành phố Cẩm Phả"), null, null);
        assertThat(l).isEqualTo(new Locality("Quảng Ninh", "Cẩm Phả", "Cẩm Trung"));
    }

    @Test
    void a_district_name_shared_by_several_provinces_is_not_guessed() {
        assertThat(gazetteer.districtsNamed("Châu Thành")).hasSizeGreaterThan(1);
        Locality alone = gazetteer.locate(List.of("Ủy ban nhân dân huyện Châu Thành"), null, LocalDate.of(2022, 1, 1));
        assertThat(alone.province()).isNull();
        Locality withContext = gazetteer.locate(
                List.of("Ủy ban nhân dân huyện Châu Thành", "tỉnh Tiền Giang"), null, LocalDate.of(2022, 1, 1));
        assertThat(withContext).isEqualTo(new Locality("Tiền Giang", "Châu Thành", null));
    }

    @Test
    void the_date_decides_between_old_and_new_provinces() {
        assertThat(gazetteer
                        .locate(List.of("Ủy ban nhân dân tỉnh Kiên Giang"), null, LocalDate.of(2025, 6, 30))
                        .province())
                .isEqualTo("Kiên Giang");
        assertThat(gazetteer
                        .locate(List.of("Ủy ban nhân dân tỉnh Kiên Giang"), null, LocalDate.of(2025, 7, 1))
                        .province())
                .isEqualTo("An Giang");
        assertThat(gazetteer.province("Tiền Giang", LocalDate.of(2025, 8, 1)))
                .map(Unit::name)
                .contains("Đồng Tháp");
    }

    @Test
    void centrally_run_cities_are_known() {
        assertThat(gazetteer.isProvinceLevelCity("Hà Nội")).isTrue();
        assertThat(gazetteer.isProvinceLevelCity("thành phố Hồ Chí Minh")).isTrue();
        assertThat(gazetteer.isProvinceLevelCity("Cẩm Phả")).isFalse();
    }
}
