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

    @Test
    void the_gazetteer_holds_every_commune_of_the_last_day_of_the_district_level() {
        // GSO's register counted 10 035 commune-level units on 30 June 2025; the source omits one.
        assertThat(gazetteer.communeCount()).isEqualTo(10_034);
        // Hà Nội had 526 after the 2024–2025 mergers of communes.
        int haNoi = gazetteer.districtsOf("Hà Nội").stream()
                .mapToInt(d -> gazetteer.communesOf("Hà Nội", d.name()).size())
                .sum();
        assertThat(haNoi).isEqualTo(526);
    }

    @Test
    void a_district_lists_its_communes_with_kind_and_code() {
        List<Commune> vanDon = gazetteer.communesOf("tỉnh Quảng Ninh", "huyện Vân Đồn");

        assertThat(vanDon).hasSize(12);
        assertThat(vanDon).first().isEqualTo(new Commune("06994", "Cái Rồng", "thị trấn", "Vân Đồn", "Quảng Ninh"));
        assertThat(vanDon).contains(new Commune("07009", "Đoàn Kết", "xã", "Vân Đồn", "Quảng Ninh"));
        assertThat(vanDon).extracting(Commune::fullName).contains("xã Quan Lạn", "xã Ngọc Vừng");
        assertThat(gazetteer.communesOf("Quảng Ninh", "thành phố Cẩm Phả"))
                .extracting(Commune::fullName)
                .contains("phường Cẩm Trung", "phường Mông Dương", "xã Dương Huy");
    }

    @Test
    void communes_of_a_district_name_shared_by_provinces_are_those_of_the_province_asked() {
        List<Commune> anGiang = gazetteer.communesOf("An Giang", "Châu Thành");
        List<Commune> tienGiang = gazetteer.communesOf("Tiền Giang", "Châu Thành");

        assertThat(anGiang).hasSize(13).extracting(Commune::name).contains("Cần Đăng", "An Châu");
        assertThat(tienGiang).hasSize(20).extracting(Commune::name).doesNotContain("Cần Đăng");
        assertThat(anGiang).allMatch(c -> c.province().equals("An Giang"));
    }

    @Test
    void a_numbered_ward_is_named_by_its_number() {
        assertThat(gazetteer.communesOf("Quảng Trị", "Đông Hà"))
                .extracting(Commune::fullName)
                .contains("Phường 1", "phường Đông Lễ");
    }

    @Test
    void an_unknown_district_or_an_island_district_without_communes_has_none() {
        assertThat(gazetteer.communesOf("Quảng Ninh", "Không Có")).isEmpty();
        assertThat(gazetteer.communesOf("Bà Rịa - Vũng Tàu", "Côn Đảo")).isEmpty();
        assertThat(gazetteer.districtsOf("Bà Rịa - Vũng Tàu"))
                .extracting(Unit::name)
                .contains("Côn Đảo");
    }

    @Test
    void every_district_but_the_island_ones_and_loc_ha_has_communes() {
        // Côn Đảo, Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa and Lý Sơn were governed without communes; Lộc Hà
        // was joined to Thạch Hà (Resolution 1291/NQ-UBTVQH15), which lists its communes.
        List<String> without = new java.util.ArrayList<>();
        int districts = 0;
        for (String province : List.of(
                "Hà Nội",
                "Hải Phòng",
                "Đà Nẵng",
                "Quảng Trị",
                "Quảng Ngãi",
                "Hà Tĩnh",
                "Bà Rịa - Vũng Tàu",
                "Quảng Ninh",
                "An Giang",
                "Huế",
                "Lâm Đồng",
                "Hồ Chí Minh")) {
            for (Unit d : gazetteer.districtsOf(province)) {
                districts++;
                if (gazetteer.communesOf(province, d.name()).isEmpty()) {
                    without.add(d.name());
                }
            }
        }
        assertThat(districts).isGreaterThan(150);
        assertThat(without)
                .containsExactlyInAnyOrder("Bạch Long Vĩ", "Hoàng Sa", "Cồn Cỏ", "Lý Sơn", "Lộc Hà", "Côn Đảo");
    }
}
