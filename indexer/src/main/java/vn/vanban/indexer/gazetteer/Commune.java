package vn.vanban.indexer.gazetteer;

/**
 * One commune-level unit as it stood on 30 June 2025, the last day of the district level (see
 * {@code communes.json} for its source).
 *
 * @param code its code in the national register of administrative units (GSO), e.g. {@code "07000"}
 * @param name the name without its kind word ("Đoàn Kết"); a numbered ward's name carries its kind
 *     ("Phường 5"), as documents print it
 * @param kind "xã", "phường" or "thị trấn"
 * @param district its district, as {@code units.json} names it
 * @param province its province before the reform, as {@code units.json} names it
 */
public record Commune(String code, String name, String kind, String district, String province) {

    /** The unit as documents print it: "xã Đoàn Kết", "Phường 5". */
    public String fullName() {
        return name.regionMatches(true, 0, kind + " ", 0, kind.length() + 1) ? name : kind + " " + name;
    }
}
