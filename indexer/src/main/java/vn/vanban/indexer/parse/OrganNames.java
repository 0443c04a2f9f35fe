package vn.vanban.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.IssuerLevel;
import vn.vanban.indexer.document.IssuerSide;
import vn.vanban.indexer.gazetteer.Gazetteer;

/**
 * Names of issuing organs: from the capitals of a header to the way Vietnamese writes them, and what
 * a name says about side and level.
 *
 * <p>Capitalisation follows Decree 30/2020/NĐ-CP, Appendix II ("Viết hoa trong văn bản hành chính"):
 * the first letter of the organ's kind and of its function ("Ban Tuyên giáo", "Bộ Lao động - Thương
 * binh và Xã hội", "Đảng ủy Khối Cơ quan và Doanh nghiệp"), every syllable of a place name ("tỉnh An
 * Giang"); the unit word itself stays lower case.
 */
final class OrganNames {

    /** Fixed phrases with their written form, longest first. */
    private static final List<String[]> PHRASES = List.of(
            p("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Ủy ban Thường vụ Quốc hội"),
            p("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
            p("ỦY BAN MẶT TRẬN TỔ QUỐC", "Ủy ban Mặt trận Tổ quốc"),
            p("ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
            p("HỘI LIÊN HIỆP PHỤ NỮ", "Hội Liên hiệp Phụ nữ"),
            p("ĐOÀN TNCS HỒ CHÍ MINH", "Đoàn TNCS Hồ Chí Minh"),
            p("TỈNH ĐOÀN", "Tỉnh Đoàn"),
            p("THÀNH ĐOÀN", "Thành Đoàn"),
            p("HUYỆN ĐOÀN", "Huyện Đoàn"),
            p("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"),
            p("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
            p("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
            p("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"),
            p("MẶT TRẬN TỔ QUỐC", "Mặt trận Tổ quốc"),
            p("LIÊN ĐOÀN LAO ĐỘNG", "Liên đoàn Lao động"),
            p("BẢO HIỂM XÃ HỘI", "Bảo hiểm xã hội"),
            p("HỘI NÔNG DÂN", "Hội Nông dân"),
            p("HỘI CỰU CHIẾN BINH", "Hội Cựu chiến binh"),
            p("BAN THƯỜNG VỤ", "Ban Thường vụ"),
            p("BAN CHỈ ĐẠO", "Ban Chỉ đạo"),
            p("BAN BÍ THƯ", "Ban Bí thư"),
            p("BỘ CHÍNH TRỊ", "Bộ Chính trị"),
            p("ĐẢNG ỦY KHỐI", "Đảng ủy Khối"),
            p("ĐẢNG BỘ KHỐI", "Đảng bộ Khối"),
            p("ĐẢNG ỦY", "Đảng ủy"),
            p("ĐẢNG BỘ", "Đảng bộ"),
            p("TỈNH ỦY", "Tỉnh ủy"),
            p("THÀNH ỦY", "Thành ủy"),
            p("HUYỆN ỦY", "Huyện ủy"),
            p("QUẬN ỦY", "Quận ủy"),
            p("THỊ ỦY", "Thị ủy"),
            p("CHI BỘ", "Chi bộ"),
            p("CHÍNH PHỦ", "Chính phủ"),
            p("QUỐC HỘI", "Quốc hội"),
            p("TRUNG ƯƠNG", "Trung ương"),
            p("VIỆT NAM", "Việt Nam"),
            p("CÔNG THƯƠNG", "Công Thương"),
            p("VĂN PHÒNG", "Văn phòng"),
            p("TRUNG TÂM", "Trung tâm"),
            p("TỔNG CỤC", "Tổng cục"),
            p("CÔNG TY", "Công ty"),
            p("CÔNG ĐOÀN", "Công đoàn"),
            p("XÃ HỘI", "Xã hội"),
            p("UBND", "Ủy ban nhân dân"),
            p("HĐND", "Hội đồng nhân dân"),
            p("MTTQ", "Mặt trận Tổ quốc"));

    /** Kind words after which the function's first syllable is capitalised. */
    private static final List<String> KINDS = List.of(
            "ban",
            "bộ",
            "sở",
            "phòng",
            "cục",
            "vụ",
            "khối",
            "văn phòng",
            "trung tâm",
            "tổng cục",
            "công ty",
            "hội",
            "trường",
            "viện",
            "chi bộ",
            "đảng ủy",
            "đảng bộ",
            "đoàn",
            "ủy ban",
            "liên đoàn");

    private static final List<String> UNITS =
            List.of("thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường");

    private static final Map<String, String> ROMAN_OR_ACRONYM = Map.of();

    private OrganNames() {}

    private static String[] p(String caps, String written) {
        return new String[] {caps, written};
    }

    /** True when the line has letters and none of them is lower case: a header line. */
    static boolean isCaps(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH" → "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh". */
    static String titleCase(String caps) {
        String s = caps.replaceAll("\\s+", " ").strip();
        if (!isCaps(s)) {
            return expandAbbreviations(s);
        }
        List<String> words = new ArrayList<>(List.of(s.split(" ")));
        StringBuilder out = new StringBuilder();
        boolean capitalNext = true; // the first word
        boolean inPlace = false;
        int i = 0;
        while (i < words.size()) {
            String matched = null;
            int length = 0;
            for (String[] phrase : PHRASES) {
                String[] pw = phrase[0].split(" ");
                if (i + pw.length <= words.size()
                        && String.join(" ", words.subList(i, i + pw.length)).equals(phrase[0])) {
                    matched = phrase[1];
                    length = pw.length;
                    break;
                }
            }
            String written;
            if (matched != null) {
                written = matched;
                i += length;
                inPlace = COMMITTEES.contains(matched);
                capitalNext = KIND_PHRASES.contains(matched);
            } else {
                String unit = unitAt(words, i);
                if (unit != null) {
                    written = unit;
                    i += unit.split(" ").length;
                    inPlace = true;
                    capitalNext = false;
                } else {
                    String w = words.get(i).toLowerCase(Locale.ROOT);
                    i++;
                    if (w.equals("các")) {
                        written = w; // "Đảng ủy Khối các Cơ quan": the capital goes to the next word
                    } else if (w.equals("và") || w.equals("-") || w.equals(",")) {
                        written = w;
                        capitalNext = !inPlace;
                    } else if (inPlace || capitalNext || isRoman(words.get(i - 1))) {
                        written = isRoman(words.get(i - 1)) ? words.get(i - 1) : capitalise(w);
                        capitalNext = KINDS.contains(w);
                    } else {
                        written = w;
                        capitalNext = KINDS.contains(w);
                    }
                }
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(written);
        }
        return out.toString().replace(" ,", ",");
    }

    /** Phrases after which the function's first syllable is capitalised ("Đảng ủy Khối Cơ quan"). */
    private static final java.util.Set<String> KIND_PHRASES = java.util.Set.of(
            "Đảng ủy Khối",
            "Đảng bộ Khối",
            "Đảng ủy",
            "Đảng bộ",
            "Văn phòng",
            "Trung tâm",
            "Tổng cục",
            "Công ty",
            "Chi bộ");

    /** Committees named after their unit: the words after them are the place's name. */
    private static final java.util.Set<String> COMMITTEES = java.util.Set.of(
            "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Tỉnh Đoàn", "Thành Đoàn", "Huyện Đoàn");

    private static @Nullable String unitAt(List<String> words, int i) {
        for (String u : UNITS) {
            String[] uw = u.split(" ");
            if (i + uw.length <= words.size()) {
                String joined =
                        String.join(" ", words.subList(i, i + uw.length)).toLowerCase(Locale.ROOT);
                if (joined.equals(u)) {
                    return u;
                }
            }
        }
        return null;
    }

    private static boolean isRoman(String w) {
        return w.matches("[IVXL]{1,6}");
    }

    static String capitalise(String w) {
        if (w.isEmpty()) {
            return w;
        }
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    /** Running-text abbreviations in an issuer ("UBND thành phố Cẩm Phả"). */
    static String expandAbbreviations(String name) {
        return name.replaceAll("(?<![\\p{L}])UBND(?![\\p{L}])", "Ủy ban nhân dân")
                .replaceAll("(?<![\\p{L}])HĐND(?![\\p{L}])", "Hội đồng nhân dân")
                .replaceAll("(?<![\\p{L}])MTTQ(?![\\p{L}])", "Mặt trận Tổ quốc");
    }

    private static final Pattern ENDS_WITH_BARE_UNIT =
            Pattern.compile("(?u)(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$");

    /**
     * A unit and its name; a numbered ward ("phường 1" of Đà Lạt) is a place too, and so is a name
     * ending in a numeral ("xã Sơn Kim 1").
     */
    private static final Pattern PLACE_OF = Pattern.compile(
            "(?u)(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) ((?:\\p{Lu}[\\p{L}\\d'’]*|\\d+)(?: \\p{Lu}[\\p{L}\\d'’]*){0,4}"
                    + "(?: \\d{1,2}(?!\\d|[/.\\-]\\d))?)");

    private static final Pattern ACTING_BODY = Pattern.compile("(?u)(?:Ban )?(?:Thường trực|Thường vụ)");

    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?u)^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy");

    /**
     * The issuer's full name from the printed issuing organ and its parent: a bare unit word takes the
     * parent's place name ("… Doanh nghiệp tỉnh" under "Đảng bộ tỉnh An Giang" → "… tỉnh An Giang"); a
     * board without a place takes its committee ("Ban Tuyên giáo" under "Tỉnh ủy An Giang" → "Ban
     * Tuyên giáo Tỉnh ủy An Giang"); an office of a State organ takes the organ's place.
     */
    static String fullName(String issuer, @Nullable String parent) {
        if (parent == null) {
            return issuer;
        }
        Matcher bare = ENDS_WITH_BARE_UNIT.matcher(issuer);
        Matcher parentPlace = PLACE_OF.matcher(parent);
        boolean parentHasPlace = parentPlace.find();
        if (bare.find()) {
            if (parentHasPlace && parentPlace.group(1).equals(bare.group(1))) {
                return issuer + " " + parentPlace.group(2);
            }
            return issuer;
        }
        if (ACTING_BODY.matcher(issuer).matches()) {
            return issuer + " "
                    + parent; // "BAN THƯỜNG TRỰC" under "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH …" acts for it
        }
        if (issuer.startsWith("Chi bộ")
                || issuer.matches("(?u)^(?:Đảng ủy|Đảng bộ) (?:Công ty|Tổng công ty|Trường|Bệnh viện).*")) {
            return issuer; // a grassroots organisation is named by its agency or enterprise
        }
        if (PLACE_OF.matcher(issuer).find() || PARTY_COMMITTEE.matcher(issuer).find() && hasProperName(issuer)) {
            return issuer;
        }
        if (PARTY_COMMITTEE.matcher(parent).find()) {
            return issuer + " " + parent;
        }
        if (parentHasPlace) {
            return issuer + " " + parentPlace.group(1) + " " + parentPlace.group(2);
        }
        return issuer;
    }

    private static boolean hasProperName(String name) {
        return name.matches("(?u).*ủy \\p{Lu}.*");
    }

    static IssuerSide side(String issuer) {
        String s = issuer.toLowerCase(Locale.ROOT);
        if (s.contains("mặt trận")
                || s.matches("(?u).*(tỉnh|thành|huyện|quận|thị) đoàn.*")
                || s.contains("đoàn tncs")
                || s.contains("đoàn thanh niên")
                || s.startsWith("đoàn thanh niên")
                || s.startsWith("hội ")
                || s.contains("công đoàn")
                || s.contains("liên đoàn lao động")
                || s.startsWith("ban thường vụ đoàn")) {
            return IssuerSide.FRONT;
        }
        if (s.contains("đảng")
                || s.matches("(?u).*(tỉnh|thành|huyện|quận|thị) ủy.*")
                || s.contains("ban bí thư")
                || s.contains("bộ chính trị")
                || s.contains("ban chấp hành trung ương")
                || s.startsWith("chi bộ")
                || s.startsWith("ban tuyên giáo")
                || s.startsWith("ban tổ chức")
                || s.startsWith("ban dân vận")
                || s.startsWith("ủy ban kiểm tra")
                || s.startsWith("ban nội chính")) {
            return IssuerSide.PARTY;
        }
        if (s.contains("ủy ban nhân dân")
                || s.contains("hội đồng nhân dân")
                || s.contains("chính phủ")
                || s.contains("quốc hội")
                || s.startsWith("bộ ")
                || s.startsWith("sở ")
                || s.startsWith("phòng ")
                || s.startsWith("cục ")
                || s.startsWith("tổng cục")
                || s.contains("bảo hiểm xã hội")
                || s.startsWith("thanh tra")
                || s.startsWith("ngân hàng nhà nước")
                || s.startsWith("văn phòng")
                || s.startsWith("liên bộ")
                || s.startsWith("chủ tịch")) {
            return IssuerSide.STATE;
        }
        return IssuerSide.OTHER;
    }

    /** The level of an issuer (DOMAIN.md table), using the gazetteer for "thành phố" and "Thành ủy". */
    static @Nullable IssuerLevel level(String issuer, Gazetteer gazetteer) {
        String s = issuer;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("chi bộ")
                || lower.matches(
                        "(?u)^(đảng ủy|đảng bộ) (công ty|tổng công ty|trường|bệnh viện"
                                + "|cơ quan|doanh nghiệp|ngân hàng|cục|viện|trung tâm|sở|ban|văn phòng|bộ chỉ huy|công an|quân sự).*")) {
            return IssuerLevel.GRASSROOTS;
        }
        if (lower.matches("(?u).*\\b(xã|phường|thị trấn) \\p{L}.*")
                || lower.matches("(?u).*(xã|phường|thị trấn) [^ ].*")) {
            Matcher m = PLACE_OF.matcher(s);
            while (m.find()) {
                if (m.group(1).equals("xã")
                        || m.group(1).equals("phường")
                        || m.group(1).equals("thị trấn")) {
                    return IssuerLevel.COMMUNE;
                }
            }
        }
        Matcher place = PLACE_OF.matcher(s);
        IssuerLevel fromPlace = null;
        while (place.find()) {
            IssuerLevel l = switch (place.group(1)) {
                case "tỉnh" -> IssuerLevel.PROVINCE;
                case "thành phố" ->
                    gazetteer.isProvinceLevelCity(place.group(2)) ? IssuerLevel.PROVINCE : IssuerLevel.DISTRICT;
                case "huyện", "quận", "thị xã" -> IssuerLevel.DISTRICT;
                default -> IssuerLevel.COMMUNE;
            };
            if (fromPlace == null || l.ordinal() > fromPlace.ordinal()) {
                fromPlace = l;
            }
        }
        Matcher committee = Pattern.compile(
                        "(?u)(Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|Đoàn)(?: (\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*){0,3}))?")
                .matcher(s);
        IssuerLevel fromCommittee = null;
        if (committee.find()) {
            fromCommittee = switch (committee.group(1)) {
                case "Tỉnh" -> IssuerLevel.PROVINCE;
                case "Thành" ->
                    committee.group(2) != null && !gazetteer.isProvinceLevelCity(committee.group(2))
                            ? IssuerLevel.DISTRICT
                            : IssuerLevel.PROVINCE;
                default -> IssuerLevel.DISTRICT;
            };
        }
        if (lower.startsWith("phòng ")) {
            return IssuerLevel.DISTRICT;
        }
        if (fromCommittee != null && (fromPlace == null || fromCommittee.ordinal() > fromPlace.ordinal())) {
            return fromCommittee;
        }
        if (fromPlace != null) {
            return fromPlace;
        }
        if (lower.contains("trung ương")
                || lower.contains("chính phủ")
                || lower.contains("quốc hội")
                || lower.startsWith("bộ ")
                || lower.contains("ban bí thư")
                || lower.contains("việt nam")
                || lower.startsWith("liên bộ")
                || lower.startsWith("tổng cục")
                || lower.startsWith("cục ")) {
            return IssuerLevel.CENTRAL;
        }
        if (lower.startsWith("sở ")) {
            return IssuerLevel.PROVINCE;
        }
        return null;
    }
}
