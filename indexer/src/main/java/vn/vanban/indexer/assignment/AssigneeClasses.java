package vn.vanban.indexer.assignment;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanban.indexer.document.IssuerLevel;

/** Which class of assignees a phrase names, if any. */
final class AssigneeClasses {

    private static final Locale VI = Locale.forLanguageTag("vi");

    // Checked in this order: "các chi bộ trực thuộc Quận ủy" names cells, not district committees.
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
            "^các (?:sở|phòng|ban|cơ quan|đơn vị|ngành)(?![\\p{L}])|sở, ban, ngành|sở, ngành|phòng, ban|ban, ngành");
    private static final Pattern MASS = Pattern.compile("đoàn thể|chính trị - xã hội");

    private AssigneeClasses() {}

    /**
     * The class a phrase names, or null for a named organ.
     *
     * @param level the issuer's level: "các cấp ủy trực thuộc" of a Tỉnh ủy are its district
     *     committees, of a Huyện ủy its commune committees, below that its cells
     */
    static @Nullable AssigneeClass of(String phrase, @Nullable IssuerLevel level) {
        String s = phrase.toLowerCase(VI).replaceAll("\\s+", " ").strip();
        if (PARTY_CELLS.matcher(s).find()) {
            return AssigneeClass.PARTY_CELLS;
        }
        if (COMMUNE_PARTY.matcher(s).find()) {
            return AssigneeClass.COMMUNE_PARTY_COMMITTEES;
        }
        if (DISTRICT_PARTY.matcher(s).find()) {
            return AssigneeClass.DISTRICT_PARTY_COMMITTEES;
        }
        if (SUBORDINATE.matcher(s).find()) {
            if (level == IssuerLevel.PROVINCE) {
                return AssigneeClass.DISTRICT_PARTY_COMMITTEES;
            }
            return level == IssuerLevel.DISTRICT ? AssigneeClass.COMMUNE_PARTY_COMMITTEES : AssigneeClass.PARTY_CELLS;
        }
        if (COMMUNE_PEOPLE.matcher(s).find()) {
            return AssigneeClass.COMMUNE_PEOPLES_COMMITTEES;
        }
        if (DISTRICT_PEOPLE.matcher(s).find()) {
            return AssigneeClass.DISTRICT_PEOPLES_COMMITTEES;
        }
        if (DEPARTMENTS.matcher(s).find()) {
            return AssigneeClass.DEPARTMENTS;
        }
        if (MASS.matcher(s).find()) {
            return AssigneeClass.MASS_ORGANISATIONS;
        }
        return null;
    }
}
