package vn.vanban.indexer.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;

/**
 * Builds (once) the organs of a unit. Headers follow the Party Central Office's format rules
 * (Hướng dẫn 36-HD/VPTW: parent organ above the issuer, a {@code *} below) and Decree
 * 30/2020/NĐ-CP (Appendix I: "ỦY BAN NHÂN DÂN / HUYỆN …").
 */
final class Organs {

    private final Map<String, Organ> cache = new HashMap<>();
    private final SplittableRandom random;

    Organs(SplittableRandom random) {
        this.random = random;
    }

    static final Organ BAN_BI_THU = real("Ban Bí thư", IssuerSide.PARTY);
    static final Organ BO_CHINH_TRI = real("Bộ Chính trị", IssuerSide.PARTY);
    static final Organ BCH_TRUNG_UONG = real("Ban Chấp hành Trung ương", IssuerSide.PARTY);
    static final Organ THU_TUONG = real("Thủ tướng Chính phủ", IssuerSide.STATE);
    static final Organ CHINH_PHU = real("Chính phủ", IssuerSide.STATE);

    private static Organ real(String name, IssuerSide side) {
        return new Organ(
                Organ.Kind.CENTRAL_REAL,
                name,
                null,
                List.of(Organ.upper(name)),
                side,
                IssuerLevel.CENTRAL,
                "",
                "Hà Nội",
                null,
                null,
                null,
                List.of(name),
                List.of(name),
                List.of());
    }

    Organ centralPropagandaBoard() {
        return cached(
                "BTGTW",
                () -> new Organ(
                        Organ.Kind.CENTRAL_PARTY_BOARD,
                        "Ban Tuyên giáo Trung ương",
                        "Ban Chấp hành Trung ương",
                        List.of("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO"),
                        IssuerSide.PARTY,
                        IssuerLevel.CENTRAL,
                        "BTGTW",
                        "Hà Nội",
                        null,
                        null,
                        null,
                        List.of("Ban Tuyên giáo Trung ương"),
                        List.of("Ban Tuyên giáo Trung ương"),
                        signers()));
    }

    Organ ministry(String name, String suffix) {
        return cached(
                suffix,
                () -> new Organ(
                        Organ.Kind.CENTRAL_MINISTRY,
                        name,
                        null,
                        List.of(Organ.upper(name)),
                        IssuerSide.STATE,
                        IssuerLevel.CENTRAL,
                        suffix,
                        "Hà Nội",
                        null,
                        null,
                        null,
                        List.of(name),
                        List.of(name),
                        signers()));
    }

    Organ provinceCommittee(Geography.Province p) {
        String word = p.city() ? "Thành ủy" : "Tỉnh ủy";
        return cached(
                "TU|" + p.name(),
                () -> new Organ(
                        Organ.Kind.PARTY_COMMITTEE,
                        word + " " + p.name(),
                        null,
                        List.of(Organ.upper(word + " " + p.name())),
                        IssuerSide.PARTY,
                        IssuerLevel.PROVINCE,
                        "TU",
                        p.name(),
                        p,
                        null,
                        null,
                        List.of("Ban Thường vụ " + word, word, "Ban Thường vụ " + word),
                        List.of("Ban Thường vụ " + word),
                        signers()));
    }

    Organ provincePropagandaBoard(Geography.Province p) {
        String word = p.city() ? "Thành ủy" : "Tỉnh ủy";
        return cached(
                "BTGTU|" + p.name(),
                () -> new Organ(
                        Organ.Kind.PARTY_BOARD,
                        "Ban Tuyên giáo " + word + " " + p.name(),
                        word + " " + p.name(),
                        List.of(Organ.upper(word + " " + p.name()), "BAN TUYÊN GIÁO"),
                        IssuerSide.PARTY,
                        IssuerLevel.PROVINCE,
                        "BTGTU",
                        p.name(),
                        p,
                        null,
                        null,
                        List.of("Ban Tuyên giáo " + word),
                        List.of("Ban Tuyên giáo " + word),
                        signers()));
    }

    Organ provincePeoplesCommittee(Geography.Province p) {
        String unit = p.city() ? "thành phố" : "tỉnh";
        return cached(
                "UBT|" + p.name(),
                () -> new Organ(
                        Organ.Kind.PEOPLES_COMMITTEE,
                        "Ủy ban nhân dân " + p.full(),
                        null,
                        List.of("ỦY BAN NHÂN DÂN", Organ.upper(p.full())),
                        IssuerSide.STATE,
                        IssuerLevel.PROVINCE,
                        "UBND",
                        p.name(),
                        p,
                        null,
                        null,
                        List.of("UBND " + unit, "Ủy ban nhân dân " + unit),
                        List.of("Ủy ban nhân dân " + unit, "UBND " + unit),
                        signers()));
    }

    Organ department(Geography.Province p, String name, String suffix) {
        return cached(
                suffix + "|" + p.name(),
                () -> new Organ(
                        Organ.Kind.DEPARTMENT,
                        name + " " + p.full(),
                        "Ủy ban nhân dân " + p.full(),
                        List.of(Organ.upper("UBND " + p.full()), Organ.upper(name)),
                        IssuerSide.STATE,
                        IssuerLevel.PROVINCE,
                        suffix,
                        p.name(),
                        p,
                        null,
                        null,
                        List.of(name),
                        List.of(name),
                        signers()));
    }

    Organ districtCommittee(Geography.Province p, Geography.District d) {
        String word = switch (d.kind()) {
            case "thành phố" -> "Thành ủy";
            case "thị xã" -> "Thị ủy";
            case "quận" -> "Quận ủy";
            default -> "Huyện ủy";
        };
        // Party Central Office abbreviations: Huyện ủy HU, Thành ủy and Thị ủy TU, Quận ủy QU.
        String suffix = switch (word) {
            case "Huyện ủy" -> "HU";
            case "Quận ủy" -> "QU";
            default -> "TU";
        };
        return cached(
                "HU|" + p.name() + "|" + d.name(),
                () -> new Organ(
                        Organ.Kind.PARTY_COMMITTEE,
                        word + " " + d.name(),
                        "Đảng bộ " + p.full(),
                        List.of(Organ.upper("Đảng bộ " + p.full()), Organ.upper(word + " " + d.name())),
                        IssuerSide.PARTY,
                        IssuerLevel.DISTRICT,
                        suffix,
                        d.name(),
                        p,
                        d,
                        null,
                        List.of("Ban Thường vụ " + word, word),
                        List.of("Ban Thường vụ " + word),
                        signers()));
    }

    Organ districtPropagandaBoard(Geography.Province p, Geography.District d) {
        Organ committee = districtCommittee(p, d);
        String word = committee
                .name()
                .substring(0, committee.name().length() - d.name().length() - 1);
        return cached(
                "BTGHU|" + p.name() + "|" + d.name(),
                () -> new Organ(
                        Organ.Kind.PARTY_BOARD,
                        "Ban Tuyên giáo " + committee.name(),
                        committee.name(),
                        List.of(Organ.upper(committee.name()), "BAN TUYÊN GIÁO"),
                        IssuerSide.PARTY,
                        IssuerLevel.DISTRICT,
                        "BTG" + committee.suffix(),
                        d.name(),
                        p,
                        d,
                        null,
                        List.of("Ban Tuyên giáo " + word),
                        List.of("Ban Tuyên giáo " + word),
                        signers()));
    }

    Organ districtPeoplesCommittee(Geography.Province p, Geography.District d) {
        return cached(
                "UBH|" + p.name() + "|" + d.name(),
                () -> new Organ(
                        Organ.Kind.PEOPLES_COMMITTEE,
                        "Ủy ban nhân dân " + d.full(),
                        null,
                        List.of("ỦY BAN NHÂN DÂN", Organ.upper(d.full())),
                        IssuerSide.STATE,
                        IssuerLevel.DISTRICT,
                        "UBND",
                        d.name(),
                        p,
                        d,
                        null,
                        List.of("UBND " + d.kind(), "Ủy ban nhân dân " + d.kind()),
                        List.of("Ủy ban nhân dân " + d.kind(), "UBND " + d.full()),
                        signers()));
    }

    Organ communeCommittee(Geography.Province p, Geography.District d, Geography.Commune c) {
        return cached(
                "DU|" + p.name() + "|" + d.name() + "|" + c.name(),
                () -> new Organ(
                        Organ.Kind.PARTY_COMMITTEE,
                        "Đảng ủy " + c.full(),
                        "Đảng bộ " + d.full(),
                        List.of(Organ.upper("Đảng bộ " + d.full()), Organ.upper("Đảng ủy " + c.full())),
                        IssuerSide.PARTY,
                        IssuerLevel.COMMUNE,
                        "ĐU",
                        c.name(),
                        p,
                        d,
                        c,
                        List.of("Đảng ủy " + c.kind(), "Ban Thường vụ Đảng ủy"),
                        List.of("Ban Thường vụ Đảng ủy", "Đảng ủy " + c.kind()),
                        signers()));
    }

    Organ communePeoplesCommittee(Geography.Province p, Geography.District d, Geography.Commune c) {
        return cached(
                "UBX|" + p.name() + "|" + d.name() + "|" + c.name(),
                () -> new Organ(
                        Organ.Kind.PEOPLES_COMMITTEE,
                        "Ủy ban nhân dân " + c.full(),
                        null,
                        List.of("ỦY BAN NHÂN DÂN", Organ.upper(c.full())),
                        IssuerSide.STATE,
                        IssuerLevel.COMMUNE,
                        "UBND",
                        c.name(),
                        p,
                        d,
                        c,
                        List.of("UBND " + c.kind(), "Ủy ban nhân dân " + c.kind()),
                        List.of("Ủy ban nhân dân " + c.kind(), "UBND " + c.kind()),
                        signers()));
    }

    Organ partyCell(Geography.Province p, Geography.District d, Geography.Commune c, String cell) {
        return cached(
                "CB|" + p.name() + "|" + d.name() + "|" + c.name() + "|" + cell,
                () -> new Organ(
                        Organ.Kind.PARTY_CELL,
                        "Chi bộ " + cell + ", Đảng bộ " + c.full(),
                        "Đảng bộ " + c.full(),
                        List.of(Organ.upper("Đảng bộ " + c.full()), Organ.upper("Chi bộ " + cell)),
                        IssuerSide.PARTY,
                        IssuerLevel.GRASSROOTS,
                        "CB",
                        c.name(),
                        p,
                        d,
                        c,
                        List.of("Chi bộ " + cell),
                        List.of("Chi bộ", "Chi ủy"),
                        signers()));
    }

    private Organ cached(String key, java.util.function.Supplier<Organ> make) {
        Organ organ = cache.get(key);
        if (organ == null) {
            organ = make.get();
            cache.put(key, organ);
        }
        return organ;
    }

    private List<String> signers() {
        return List.of(Names.person(random), Names.person(random));
    }
}
