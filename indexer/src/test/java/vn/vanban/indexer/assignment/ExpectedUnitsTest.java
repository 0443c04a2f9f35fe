package vn.vanban.indexer.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
}
