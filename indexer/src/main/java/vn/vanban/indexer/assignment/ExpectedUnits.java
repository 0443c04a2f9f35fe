package vn.vanban.indexer.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.gazetteer.Commune;
import vn.vanban.indexer.gazetteer.Gazetteer;
import vn.vanban.indexer.gazetteer.Unit;

/**
 * Resolves an assignee to the organs it stands for, where the gazetteer can: "các huyện ủy, thị ủy,
 * thành ủy trực thuộc" of a Tỉnh ủy are the Party committees of every district of its province,
 * "UBND các huyện, thị xã, thành phố" of a UBND tỉnh every district's People's Committee, and
 * "UBND các xã, phường, thị trấn" / "Đảng ủy các xã" of a district-level issuer every commune of its
 * district. Other classes (communes of a province-level issuer: which district is not said;
 * departments; cells) keep a count unknown.
 */
public final class ExpectedUnits {

    /**
     * What an assignee stands for.
     *
     * @param units the concrete organs
     * @param complete false for a class whose members the gazetteer cannot list (count unknown)
     */
    public record Expansion(List<ExpectedUnit> units, boolean complete) {

        public Expansion {
            units = List.copyOf(units);
        }
    }

    private final Gazetteer gazetteer;

    public ExpectedUnits(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param province the issuer's province, or null when unknown
     * @param date the document's date: after the 2025 reform there are no districts
     */
    public Expansion of(Assignee assignee, @Nullable String province, @Nullable LocalDate date) {
        return of(assignee, province, null, date);
    }

    /**
     * @param province the issuer's province, or null when unknown
     * @param district the issuer's district, or null when the issuer is not district-level or its
     *     district is unknown: commune classes expand only within a district
     * @param date the document's date: after the 2025 reform there are no districts
     */
    public Expansion of(
            Assignee assignee, @Nullable String province, @Nullable String district, @Nullable LocalDate date) {
        AssigneeClass group = assignee.group();
        if (group == null) {
            return new Expansion(List.of(new ExpectedUnit(assignee.text(), null, null, null)), true);
        }
        boolean beforeReform = date == null || date.isBefore(Gazetteer.REFORM_DATE);
        if (group == AssigneeClass.COMMUNE_PARTY_COMMITTEES || group == AssigneeClass.COMMUNE_PEOPLES_COMMITTEES) {
            List<Commune> communes = province == null || district == null || !beforeReform
                    ? List.of()
                    : gazetteer.communesOf(province, district);
            if (communes.isEmpty()) {
                return new Expansion(List.of(), false);
            }
            List<ExpectedUnit> units = new ArrayList<>();
            for (Commune c : communes) {
                String organ = group == AssigneeClass.COMMUNE_PARTY_COMMITTEES
                        ? "Đảng ủy " + c.fullName()
                        : "Ủy ban nhân dân " + c.fullName();
                units.add(new ExpectedUnit(organ, IssuerLevel.COMMUNE, c.district(), group));
            }
            return new Expansion(units, true);
        }
        boolean districts =
                group == AssigneeClass.DISTRICT_PARTY_COMMITTEES || group == AssigneeClass.DISTRICT_PEOPLES_COMMITTEES;
        if (!districts
                || province == null
                || !beforeReform
                || gazetteer.districtsOf(province).isEmpty()) {
            return new Expansion(List.of(), false);
        }
        List<ExpectedUnit> units = new ArrayList<>();
        for (Unit d : gazetteer.districtsOf(province)) {
            String organ = group == AssigneeClass.DISTRICT_PARTY_COMMITTEES
                    ? committee(d.kind()) + " " + d.name()
                    : "Ủy ban nhân dân " + d.kind() + " " + d.name();
            units.add(new ExpectedUnit(organ, IssuerLevel.DISTRICT, d.name(), group));
        }
        return new Expansion(units, true);
    }

    /** The Party committee of a district by its kind (DOMAIN.md: Huyện ủy, Thị ủy, Thành ủy, Quận ủy). */
    static String committee(String kind) {
        return switch (kind) {
            case "thành phố" -> "Thành ủy";
            case "thị xã" -> "Thị ủy";
            case "quận" -> "Quận ủy";
            default -> "Huyện ủy";
        };
    }
}
