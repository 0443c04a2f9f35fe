package vn.vanban.indexer.assignment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.IssuerLevel;

/** Which class of assignees a phrase names, if any. */
final class AssigneeClasses {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final Pattern PARTY_CELLS =
            Pattern.compile("chi bộ|cơ sở đảng|đảng bộ cơ sở|cấp ủy cơ sở|chi, đảng bộ|đảng ủy cơ sở|đảng ủy, chi bộ");
    private static final Pattern COMMUNE_PARTY =
            Pattern.compile("đảng ủy (?:các )?(?:xã|phường|thị trấn)|đảng ủy các (?:xã|phường|thị trấn)");
    private static final Pattern DISTRICT_PARTY =
            Pattern.compile("các (?:huyện|thị|thành|quận) ủy|(?:huyện|thị|thành|quận) ủy, (?:huyện|thị|thành|quận) ủy"
                    + "|huyện, thị,? thành ủy");
    private static final Pattern SUBORDINATE =
            Pattern.compile("(?:cấp ủy|đảng ủy)(?: các cấp)? trực thuộc|các cấp ủy|cấp ủy các cấp|các đảng ủy");
    private static final Pattern COMMUNE_PEOPLE =
            Pattern.compile("(?:ubnd|ủy ban nhân dân) các (?:xã|phường|thị trấn)");
    private static final Pattern DISTRICT_PEOPLE = Pattern.compile(
            "(?:ubnd|ủy ban nhân dân) các (?:huyện|thị xã|thành phố|quận)|^các huyện, (?:thị xã|thành phố)");
    private static final Pattern DEPARTMENTS = Pattern.compile(
            "^các (?:sở|phòng|ban|cơ quan|đơn vị|ngành|vụ|cục)(?![\\p{L}])|sở, ban, ngành|sở, ngành|phòng, ban|ban, ngành");
    private static final Pattern MASS = Pattern.compile("đoàn thể|chính trị - xã hội|tổ chức thành viên");

    /**
     * An organ of one committee is named, not a class: "Ủy ban Kiểm tra Đảng ủy phường", "Văn phòng
     * Đảng ủy xã", "Ban Tuyên giáo Đảng ủy xã" (while "Đảng ủy các xã" are the commune committees).
     */
    private static final Pattern ORGAN_OF_ONE_COMMITTEE = Pattern.compile(
            "^(?:ủy ban kiểm tra|văn phòng|ban [\\p{L} ]{2,30}?) đảng ủy (?:xã|phường|thị trấn)(?![\\p{L},]| và)");

    private static final Pattern FRONT_WITHOUT_PLACE = Pattern.compile("(?:mặt trận tổ quốc|mttq)(?: việt nam)?$");

    // The order decides between mentions that overlap: "các chi bộ trực thuộc Quận ủy" names cells.
    private static final List<Rule> RULES = List.of(
            new Rule(PARTY_CELLS, AssigneeClass.PARTY_CELLS),
            new Rule(COMMUNE_PARTY, AssigneeClass.COMMUNE_PARTY_COMMITTEES),
            new Rule(DISTRICT_PARTY, AssigneeClass.DISTRICT_PARTY_COMMITTEES),
            new Rule(SUBORDINATE, null),
            new Rule(COMMUNE_PEOPLE, AssigneeClass.COMMUNE_PEOPLES_COMMITTEES),
            new Rule(DISTRICT_PEOPLE, AssigneeClass.DISTRICT_PEOPLES_COMMITTEES),
            new Rule(DEPARTMENTS, AssigneeClass.DEPARTMENTS),
            new Rule(MASS, AssigneeClass.MASS_ORGANISATIONS));

    private AssigneeClasses() {}

    /**
     * The class a phrase names, or null for a named organ.
     *
     * @param level the issuer's level: "các cấp ủy trực thuộc" of a Tỉnh ủy are its district
     *     committees, of a Huyện ủy its commune committees, below that its cells
     */
    static @Nullable AssigneeClass of(String phrase, @Nullable IssuerLevel level) {
        String s = phrase.toLowerCase(VI).replaceAll("\\s+", " ").strip();
        if (ORGAN_OF_ONE_COMMITTEE.matcher(s).find()) {
            return null;
        }
        // A list names its class by its first member: "Đảng ủy các xã, thị trấn, chi bộ, đảng bộ cơ sở
        // trực thuộc" are the commune committees. Mentions that overlap are one mention, read in the
        // order of RULES ("các đảng ủy, chi bộ trực thuộc" are cells).
        AssigneeClass best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(s);
            if (!m.find()) {
                continue;
            }
            boolean overlapsBest = m.start() < bestEnd && bestStart < m.end();
            if (m.start() < bestStart && !overlapsBest) {
                best = rule.group(level);
                bestStart = m.start();
                bestEnd = m.end();
            }
        }
        return best;
    }

    /** The Fatherland Front named without its place: "Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ Việt Nam". */
    static boolean isFrontWithoutPlace(String phrase) {
        return FRONT_WITHOUT_PLACE
                .matcher(phrase.toLowerCase(VI).replaceAll("\\s+", " ").strip())
                .find();
    }

    private record Rule(Pattern pattern, @Nullable AssigneeClass fixed) {

        /**
         * "các cấp ủy trực thuộc" of a Tỉnh ủy are its district committees, of a Huyện ủy its commune
         * committees, below that its cells.
         */
        AssigneeClass group(@Nullable IssuerLevel level) {
            if (fixed != null) {
                return fixed;
            }
            if (level == IssuerLevel.PROVINCE) {
                return AssigneeClass.DISTRICT_PARTY_COMMITTEES;
            }
            return level == IssuerLevel.DISTRICT ? AssigneeClass.COMMUNE_PARTY_COMMITTEES : AssigneeClass.PARTY_CELLS;
        }
    }
}
