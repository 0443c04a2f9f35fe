package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.gazetteer.Gazetteer;

class ExpectedUnitsTest {

    private final ExpectedUnits units = new ExpectedUnits(Gazetteer.standard());

    private static Assignee of(String text, AssigneeClass group) {
        return new Assignee(text, group, 0, text.length());
    }

    @Test
    void district_committees_of_quang_ninh_are_its_thirteen_huyen_thi_and_thanh_uy() {
        ExpectedUnits.Expansion e = units.of(
                of("Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy", AssigneeClass.DISTRICT_PARTY_COMMITTEES),
                "Quảng Ninh",
                LocalDate.of(2021, 7, 1));

        assertThat(e.complete()).isTrue();
        assertThat(e.units()).hasSize(13);
        assertThat(e.units())
                .extracting(ExpectedUnit::organ)
                .contains("Thành ủy Hạ Long", "Thị ủy Quảng Yên", "Huyện ủy Vân Đồn");
    }

    @Test
    void district_peoples_committees_are_named_with_the_kind_of_their_district() {
        ExpectedUnits.Expansion e = units.of(
                of("UBND các huyện, thị xã, thành phố", AssigneeClass.DISTRICT_PEOPLES_COMMITTEES),
                "tỉnh Quảng Ninh",
                LocalDate.of(2022, 1, 1));

        assertThat(e.units()).extracting(ExpectedUnit::organ).contains("Ủy ban nhân dân thị xã Quảng Yên");
    }

    @Test
    void communes_and_districts_after_the_2025_reform_keep_a_count_unknown() {
        assertThat(units.of(
                                of("UBND các xã, phường", AssigneeClass.COMMUNE_PEOPLES_COMMITTEES),
                                "Quảng Ninh",
                                LocalDate.of(2022, 1, 1))
                        .complete())
                .isFalse();
        assertThat(units.of(
                                of("Các huyện ủy", AssigneeClass.DISTRICT_PARTY_COMMITTEES),
                                "Quảng Ninh",
                                LocalDate.of(2025, 9, 1))
                        .complete())
                .isFalse();
    }

    @Test
    void a_named_organ_is_its_own_unit() {
        ExpectedUnits.Expansion e = units.of(new Assignee("Sở Công Thương", null, 0, 14), "Quảng Ninh", null);

        assertThat(e.units()).extracting(ExpectedUnit::organ).containsExactly("Sở Công Thương");
    }

    @Test
    void commune_peoples_committees_of_a_district_plan_are_every_commune_of_its_district() {
        ExpectedUnits.Expansion e = units.of(
                of("Ủy ban nhân dân các xã, thị trấn", AssigneeClass.COMMUNE_PEOPLES_COMMITTEES),
                "Quảng Ninh",
                "Vân Đồn",
                LocalDate.of(2022, 3, 1));

        assertThat(e.complete()).isTrue();
        assertThat(e.units()).hasSize(12);
        assertThat(e.units())
                .extracting(ExpectedUnit::organ)
                .contains("Ủy ban nhân dân thị trấn Cái Rồng", "Ủy ban nhân dân xã Đoàn Kết");
        assertThat(e.units()).allMatch(u -> u.level() == IssuerLevel.COMMUNE && "Vân Đồn".equals(u.district()));
    }

    @Test
    void commune_party_committees_of_a_district_plan_are_the_dang_uy_of_its_wards_and_communes() {
        ExpectedUnits.Expansion e = units.of(
                of("Đảng ủy các xã, phường", AssigneeClass.COMMUNE_PARTY_COMMITTEES),
                "Quảng Ninh",
                "Cẩm Phả",
                LocalDate.of(2024, 5, 2));

        assertThat(e.complete()).isTrue();
        assertThat(e.units()).hasSize(15);
        assertThat(e.units())
                .extracting(ExpectedUnit::organ)
                .contains("Đảng ủy phường Cẩm Trung", "Đảng ủy xã Dương Huy");
    }

    @Test
    void communes_stay_a_count_unknown_without_a_district_with_communes_or_after_the_reform() {
        Assignee communes = of("UBND các xã, phường, thị trấn", AssigneeClass.COMMUNE_PEOPLES_COMMITTEES);

        assertThat(units.of(communes, "Quảng Ninh", null, LocalDate.of(2022, 1, 1))
                        .complete())
                .isFalse();
        assertThat(units.of(communes, "Bà Rịa - Vũng Tàu", "Côn Đảo", LocalDate.of(2022, 1, 1))
                        .complete())
                .isFalse();
        assertThat(units.of(communes, "Quảng Ninh", "Vân Đồn", LocalDate.of(2025, 8, 1))
                        .units())
                .isEmpty();
    }
}
